package io.kbplatform.app.searchanalytics;

import io.kbplatform.content.searchanalytics.SearchClick;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/search/{searchId}/clicks}: the article clicked and its 1-based
 * position in the results (a class, not a record: see {@code SpaceRequest}).
 */
public class SearchClickRequest {

  @NotBlank
  @Size(max = SearchClick.ARTICLE_ID_LENGTH)
  public String articleId;

  @NotNull
  @Min(1)
  @Max(SearchClick.MAX_POSITION)
  public Integer position;
}
