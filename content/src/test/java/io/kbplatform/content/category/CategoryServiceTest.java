package io.kbplatform.content.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kbplatform.content.article.NewArticle;
import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.permission.Principal;
import io.kbplatform.content.testing.InMemoryContent;
import io.kbplatform.content.user.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A space's category tree: readers see it, publishers shape it, and it never loses articles. */
class CategoryServiceTest {

  private final InMemoryContent kb = new InMemoryContent();
  private final CategoryService categories = kb.categoryService;
  private final Actor erin = kb.user("erin", Role.AUTHOR);
  private final Actor pat = kb.user("pat", Role.AUTHOR);
  private final Actor ann = kb.user("ann", Role.AGENT);
  private final Actor olga = kb.user("olga", Role.AUTHOR);

  {
    kb.restrictedSpace("CS");
    kb.restrictedSpace("HR");
    kb.grant("CS", Principal.user("erin"), AccessLevel.EDIT);
    kb.grant("CS", Principal.user("pat"), AccessLevel.PUBLISH);
    kb.grant("CS", Principal.user("ann"), AccessLevel.VIEW);
  }

  @Test
  void readers_see_the_tree_in_its_order() {
    Category billing = categories.create(pat, "CS", "账单", null, null);
    categories.create(pat, "CS", "退款", billing.id(), null);
    categories.create(pat, "CS", "发票", billing.id(), 0);
    categories.create(pat, "CS", "账户", null, 0);

    assertEquals(List.of("账户", "账单 [发票, 退款]"), outline(categories.tree(ann, "CS")));
  }

  @Test
  void someone_without_access_to_the_space_does_not_find_its_tree() {
    assertThrows(NotFoundException.class, () -> categories.tree(olga, "CS"));
  }

  @Test
  void an_editor_may_not_change_the_tree() {
    assertThrows(ForbiddenException.class, () -> categories.create(erin, "CS", "账单", null, null));
    Category billing = categories.create(pat, "CS", "账单", null, null);
    assertThrows(ForbiddenException.class, () -> categories.rename(erin, billing.id(), "收费"));
    assertThrows(ForbiddenException.class, () -> categories.delete(erin, billing.id()));
  }

  @Test
  void a_position_beyond_the_last_sibling_places_the_category_last() {
    categories.create(pat, "CS", "一", null, null);
    categories.create(pat, "CS", "二", null, 99);
    categories.create(pat, "CS", "零", null, -5);

    assertEquals(List.of("零", "一", "二"), outline(categories.tree(ann, "CS")));
  }

  @Test
  void a_parent_must_be_a_category_of_the_same_space() {
    Category leave = categories.create(kb.admin, "HR", "假期", null, null);

    assertThrows(
        InvalidRequestException.class, () -> categories.create(pat, "CS", "退款", leave.id(), null));
  }

  @Test
  void a_category_moves_with_its_subtree_and_its_old_siblings_close_the_gap() {
    Category a = categories.create(pat, "CS", "A", null, null);
    Category b = categories.create(pat, "CS", "B", null, null);
    categories.create(pat, "CS", "B1", b.id(), null);
    categories.create(pat, "CS", "C", null, null);

    categories.move(pat, b.id(), a.id(), null);

    assertEquals(List.of("A [B [B1]]", "C"), outline(categories.tree(ann, "CS")));
    assertEquals(1, categories.tree(ann, "CS").get(1).category().position(), "C closes the gap");
  }

  @Test
  void a_category_cannot_move_under_itself_or_its_descendants() {
    Category a = categories.create(pat, "CS", "A", null, null);
    Category a1 = categories.create(pat, "CS", "A1", a.id(), null);

    assertThrows(InvalidRequestException.class, () -> categories.move(pat, a.id(), a.id(), null));
    assertThrows(InvalidRequestException.class, () -> categories.move(pat, a.id(), a1.id(), null));
    assertEquals(List.of("A [A1]"), outline(categories.tree(ann, "CS")));
  }

  @Test
  void a_category_with_subcategories_is_not_deleted() {
    Category a = categories.create(pat, "CS", "A", null, null);
    categories.create(pat, "CS", "A1", a.id(), null);

    assertThrows(ConflictException.class, () -> categories.delete(pat, a.id()));
  }

  @Test
  void a_category_with_articles_is_not_deleted() {
    Category refunds = categories.create(pat, "CS", "退款", null, null);
    kb.articleService.create(
        erin, new NewArticle("CS", refunds.id(), null, "退款流程", "正文", List.of(), null, null, null));

    assertThrows(ConflictException.class, () -> categories.delete(pat, refunds.id()));
  }

  @Test
  void an_empty_category_is_deleted_and_the_deletion_audited() {
    Category refunds = categories.create(pat, "CS", "退款", null, null);

    categories.delete(pat, refunds.id());

    assertThrows(NotFoundException.class, () -> categories.get(ann, refunds.id()));
    assertEquals("退款", kb.audit.of(AuditAction.CATEGORY_DELETED).get(0).detail());
  }

  /** The tree as lines: "name [child, child [grandchild]]". */
  private static List<String> outline(List<CategoryNode> nodes) {
    return nodes.stream()
        .map(
            n ->
                n.children().isEmpty()
                    ? n.category().name()
                    : n.category().name() + " " + outline(n.children()))
        .toList();
  }
}
