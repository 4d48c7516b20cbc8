package io.kbplatform.app.category;

import io.kbplatform.content.category.CategoryNode;
import java.util.List;

/** The ordered category tree of one space, in a list of several spaces' trees. */
public record SpaceCategoriesView(String space, List<CategoryView> categories) {

  static SpaceCategoriesView of(String space, List<CategoryNode> tree) {
    return new SpaceCategoriesView(space, tree.stream().map(CategoryView::of).toList());
  }
}
