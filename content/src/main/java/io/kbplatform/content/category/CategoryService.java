package io.kbplatform.content.category;

import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.audit.AuditLog;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.permission.ListScope;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.space.SpaceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A space's ordered category tree: readers of the space see it, publishers of the space change it.
 */
@ApplicationScoped
public class CategoryService {

  private CategoryRepository categories;
  private SpaceService spaces;
  private AccessPolicy policy;
  private AuditLog audit;
  private Clock clock;

  protected CategoryService() {}

  @Inject
  public CategoryService(
      CategoryRepository categories,
      SpaceService spaces,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock) {
    this.categories = categories;
    this.spaces = spaces;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public List<CategoryNode> tree(Actor actor, String spaceKey) {
    Space space = spaces.get(actor, spaceKey);
    Map<String, List<Category>> byParent = new HashMap<>();
    for (Category c : categories.inSpace(space)) {
      byParent.computeIfAbsent(c.parentId().orElse(""), k -> new ArrayList<>()).add(c);
    }
    return branch(byParent, "");
  }

  /**
   * The category trees of every space the actor may read, by space key in key order: what lists
   * that span spaces (search hits and facets) need to name categories, in one query.
   */
  @Transactional
  public Map<String, List<CategoryNode>> trees(Actor actor) {
    ListScope scope = policy.listScope(actor);
    Map<String, Map<String, List<Category>>> bySpace = new LinkedHashMap<>();
    for (Category c : categories.inSpaces(scope.everything() ? null : scope.readableSpaces())) {
      bySpace
          .computeIfAbsent(c.space().key(), k -> new HashMap<>())
          .computeIfAbsent(c.parentId().orElse(""), k -> new ArrayList<>())
          .add(c);
    }
    Map<String, List<CategoryNode>> trees = new LinkedHashMap<>();
    bySpace.forEach((space, byParent) -> trees.put(space, branch(byParent, "")));
    return trees;
  }

  /** Creates a category under a parent (or at the top), at a position among its siblings. */
  @Transactional
  public Category create(
      Actor actor, String spaceKey, String name, String parentId, Integer position) {
    Space space = spaces.get(actor, spaceKey);
    policy.require(actor, space, AccessLevel.PUBLISH);
    if (parentId != null) {
      inSpace(parentId, space);
    }
    List<Category> siblings = siblings(space, parentId, null);
    int at = clamp(position, siblings.size());
    Category category = new Category(space, parentId, name, at, clock.instant());
    siblings.add(at, category);
    renumber(siblings);
    categories.add(category);
    return category;
  }

  @Transactional
  public Category rename(Actor actor, String id, String name) {
    Category category = editable(actor, id);
    category.rename(name);
    return category;
  }

  /** Moves a category (with its subtree) under another parent of the same space, or reorders it. */
  @Transactional
  public Category move(Actor actor, String id, String newParentId, Integer position) {
    Category category = editable(actor, id);
    Space space = category.space();
    if (newParentId != null) {
      inSpace(newParentId, space);
      for (String p = newParentId; p != null; p = parentOf(p)) {
        if (p.equals(id)) {
          throw new InvalidRequestException("A category cannot move under itself.");
        }
      }
    }
    String oldParent = category.parentId().orElse(null);
    List<Category> old = siblings(space, oldParent, id);
    renumber(old);
    List<Category> siblings = siblings(space, newParentId, id);
    int at = clamp(position, siblings.size());
    siblings.add(at, category);
    category.placeUnder(newParentId, at);
    renumber(siblings);
    return category;
  }

  /** Deletes an empty category: one without articles or subcategories. */
  @Transactional
  public void delete(Actor actor, String id) {
    Category category = editable(actor, id);
    if (!siblings(category.space(), id, null).isEmpty()) {
      throw new ConflictException("The category has subcategories; move or delete them first.");
    }
    if (categories.countArticles(id) > 0) {
      throw new ConflictException("The category has articles; move them first.");
    }
    categories.remove(category);
    audit.record(actor.username(), AuditAction.CATEGORY_DELETED, "category", id, category.name());
  }

  /** A category in a space the actor may read. */
  @Transactional
  public Category get(Actor actor, String id) {
    return categories
        .find(id)
        .filter(c -> policy.canView(actor, c.space()))
        .orElseThrow(() -> new NotFoundException("Category", id));
  }

  /** A category of the given space, for articles placed in it. */
  public Category inSpace(String id, Space space) {
    return categories
        .find(id)
        .filter(c -> c.space().id().equals(space.id()))
        .orElseThrow(
            () ->
                new InvalidRequestException(
                    "Category '" + id + "' does not exist in space '" + space.key() + "'."));
  }

  private Category editable(Actor actor, String id) {
    Category category = get(actor, id);
    policy.require(actor, category.space(), AccessLevel.PUBLISH);
    return category;
  }

  private String parentOf(String id) {
    return categories.find(id).flatMap(Category::parentId).orElse(null);
  }

  private List<Category> siblings(Space space, String parentId, String excluding) {
    List<Category> list = new ArrayList<>();
    for (Category c : categories.inSpace(space)) {
      if (Objects.equals(c.parentId().orElse(null), parentId) && !c.id().equals(excluding)) {
        list.add(c);
      }
    }
    list.sort(Comparator.comparingInt(Category::position));
    return list;
  }

  private static void renumber(List<Category> siblings) {
    for (int i = 0; i < siblings.size(); i++) {
      if (siblings.get(i).position() != i) {
        siblings.get(i).position(i);
      }
    }
  }

  private static int clamp(Integer position, int size) {
    return position == null ? size : Math.max(0, Math.min(position, size));
  }

  private static List<CategoryNode> branch(Map<String, List<Category>> byParent, String parent) {
    return byParent.getOrDefault(parent, List.of()).stream()
        .sorted(Comparator.comparingInt(Category::position))
        .map(c -> new CategoryNode(c, branch(byParent, c.id())))
        .toList();
  }
}
