package io.kbplatform.app.category;

import io.kbplatform.app.validation.NoControlCharacters;
import io.kbplatform.content.category.Category;
import io.kbplatform.content.common.Columns;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /api/categories/{id}}: a new name and/or a new place. {@code parentId}
 * null with {@code toTop} true moves the category to the top level.
 */
public class CategoryChange {

  @Size(min = 1, max = Category.NAME_LENGTH)
  @NoControlCharacters
  public String name;

  @Size(max = Columns.ID_LENGTH)
  public String parentId;

  public boolean toTop;

  @PositiveOrZero public Integer position;
}
