package io.kbplatform.content.searchanalytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Distinct users who clicked each article in search results: a usage signal for ranking. */
@ApplicationScoped
public class ArticleClicks {

  static final int CHUNK = 500;

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  private Clock clock;

  protected ArticleClicks() {}

  @Inject
  public ArticleClicks(Clock clock) {
    this.clock = clock;
  }

  /**
   * How many distinct users clicked each of the articles in search results within the last {@code
   * window}; 0 for one never clicked. One user clicking a hundred times counts once, so that nobody
   * can push an article up by clicking it.
   */
  @Transactional
  public Map<String, Long> clicksByArticle(Collection<String> articleIds, Duration window) {
    Map<String, Long> counts = new LinkedHashMap<>();
    articleIds.forEach(id -> counts.put(id, 0L));
    List<String> ids = new ArrayList<>(counts.keySet());
    Instant since = clock.instant().minus(window);
    for (int i = 0; i < ids.size(); i += CHUNK) {
      em.createQuery(
              "SELECT c.articleId, COUNT(DISTINCT c.searcher) FROM SearchClick c"
                  + " WHERE c.articleId IN :ids AND c.occurredAt >= :since"
                  + " AND c.searcher IS NOT NULL GROUP BY c.articleId",
              Object[].class)
          .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
          .setParameter("since", since)
          .getResultList()
          .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
    }
    return counts;
  }

  /** The articles clicked in search results since the instant, so their signals can be updated. */
  @Transactional
  public Set<String> articlesClickedSince(Instant since) {
    return new LinkedHashSet<>(
        em.createQuery(
                "SELECT DISTINCT c.articleId FROM SearchClick c WHERE c.occurredAt >= :since",
                String.class)
            .setParameter("since", since)
            .getResultList());
  }
}
