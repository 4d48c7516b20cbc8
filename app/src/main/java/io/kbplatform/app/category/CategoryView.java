package io.kbplatform.app.category;

import io.kbplatform.content.category.Category;
import io.kbplatform.content.category.CategoryNode;
import java.util.List;

/** A category, with its children when shown as a tree. */
public record CategoryView(
    String id,
    String space,
    String parentId,
    String name,
    int position,
    List<CategoryView> children) {

  static CategoryView of(Category c) {
    return new CategoryView(
        c.id(), c.space().key(), c.parentId().orElse(null), c.name(), c.position(), List.of());
  }

  static CategoryView of(CategoryNode node) {
    Category c = node.category();
    return new CategoryView(
        c.id(),
        c.space().key(),
        c.parentId().orElse(null),
        c.name(),
        c.position(),
        node.children().stream().map(CategoryView::of).toList());
  }
}
