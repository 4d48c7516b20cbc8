package io.kbplatform.content.searchanalytics;

import io.kbplatform.content.common.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Writes recorded searches (in batches) and clicks. */
@ApplicationScoped
public class SearchEventRepository {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  /** Writes a batch of searches in one transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void addAll(List<SearchEvent> events) {
    for (SearchEvent event : events) {
      em.persist(event);
    }
  }

  /** A recorded search, if it has been written. */
  @Transactional
  public Optional<SearchEvent> find(UUID searchId) {
    return Optional.ofNullable(em.find(SearchEvent.class, searchId.toString()));
  }

  /**
   * Records a click on a hit of a search and counts it on the search; false (nothing written) when
   * there is no such search.
   *
   * @throws ConflictException when this search's hit was clicked already (a unique index on search
   *     and article catches two clicks at the same moment)
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean addClick(UUID searchId, SearchClick click) {
    long earlier =
        em.createQuery(
                "SELECT COUNT(c) FROM SearchClick c WHERE c.searchId = :id AND c.articleId = :a",
                Long.class)
            .setParameter("id", searchId.toString())
            .setParameter("a", click.articleId())
            .getSingleResult();
    if (earlier > 0) {
      throw new ConflictException("This hit of the search was clicked already.");
    }
    int counted =
        em.createQuery("UPDATE SearchEvent e SET e.clicks = e.clicks + 1 WHERE e.id = :id")
            .setParameter("id", searchId.toString())
            .executeUpdate();
    if (counted == 0) {
      return false;
    }
    em.persist(click);
    em.flush();
    return true;
  }
}
