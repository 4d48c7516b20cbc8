package io.kbplatform.app.article;

import io.kbplatform.content.common.Columns;
import io.kbplatform.content.space.Space;
import jakarta.validation.constraints.Size;

/** Where to move an article: a space key (the current one if absent) and a category (or none). */
public class MoveRequest {

  @Size(max = Space.KEY_LENGTH)
  public String space;

  @Size(max = Columns.ID_LENGTH)
  public String category;
}
