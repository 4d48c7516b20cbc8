package io.kbplatform.content.importing;

import io.kbplatform.content.category.Category;
import io.kbplatform.content.category.CategoryNode;
import io.kbplatform.content.category.CategoryService;
import io.kbplatform.content.permission.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Finds a category by its path of names under a root, creating the missing ones. */
@ApplicationScoped
public class CategoryPaths {

  private CategoryService categories;

  protected CategoryPaths() {}

  @Inject
  public CategoryPaths(CategoryService categories) {
    this.categories = categories;
  }

  /**
   * The id of the category at {@code names} below {@code rootId} (the top of the space when null);
   * {@code rootId} itself for an empty path. Creating needs the right to publish in the space.
   */
  String ensure(Actor actor, String spaceKey, String rootId, List<String> names) {
    if (names.isEmpty()) {
      return rootId;
    }
    List<CategoryNode> level = categories.tree(actor, spaceKey);
    if (rootId != null) {
      level = find(level, rootId).map(CategoryNode::children).orElse(List.of());
    }
    String parent = rootId;
    for (String name : names) {
      Optional<CategoryNode> existing =
          level.stream().filter(n -> n.category().name().equals(name)).findFirst();
      if (existing.isPresent()) {
        parent = existing.get().category().id();
        level = existing.get().children();
      } else {
        Category created = categories.create(actor, spaceKey, name, parent, null);
        parent = created.id();
        level = List.of();
      }
    }
    return parent;
  }

  private static Optional<CategoryNode> find(List<CategoryNode> nodes, String id) {
    for (CategoryNode node : nodes) {
      if (node.category().id().equals(id)) {
        return Optional.of(node);
      }
      Optional<CategoryNode> below = find(node.children(), id);
      if (below.isPresent()) {
        return below;
      }
    }
    return Optional.empty();
  }
}
