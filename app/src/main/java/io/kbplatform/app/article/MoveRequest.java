package io.kbplatform.app.article;

import jakarta.validation.constraints.Size;

/** Where to move an article: a space key (the current one if absent) and a category (or none). */
public class MoveRequest {

  @Size(max = 16)
  public String space;

  @Size(max = 36)
  public String category;
}
