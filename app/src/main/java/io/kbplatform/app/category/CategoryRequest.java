package io.kbplatform.app.category;

import io.kbplatform.app.validation.NoControlCharacters;
import io.kbplatform.content.category.Category;
import io.kbplatform.content.common.Columns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The body of creating a category: a name, an optional parent and position among siblings. */
public class CategoryRequest {

  @NotBlank
  @Size(max = Category.NAME_LENGTH)
  @NoControlCharacters
  public String name;

  @Size(max = Columns.ID_LENGTH)
  public String parentId;

  @PositiveOrZero public Integer position;
}
