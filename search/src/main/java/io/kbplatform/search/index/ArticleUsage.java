package io.kbplatform.search.index;

import io.kbplatform.content.searchanalytics.ArticleClicks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The usage signal of ranking: how often an article was opened from search results in the last 90
 * days, as 0 to 1 on a log scale (1 click ≈ 0.1, 10 ≈ 0.35, 1000 or more = 1).
 */
@ApplicationScoped
public class ArticleUsage {

  static final Duration WINDOW = Duration.ofDays(90);

  private ArticleClicks clicks;

  protected ArticleUsage() {}

  @Inject
  public ArticleUsage(ArticleClicks clicks) {
    this.clicks = clicks;
  }

  public Map<String, Double> popularity(List<String> articleIds) {
    Map<String, Double> popularity = new HashMap<>();
    clicks
        .clicksByArticle(articleIds, WINDOW)
        .forEach((id, count) -> popularity.put(id, scale(count)));
    return popularity;
  }

  static double scale(long clicks) {
    return Math.min(1.0, Math.log10(1 + clicks) / 3.0);
  }
}
