package io.kbplatform.content.searchanalytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
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

  /**
   * Records a click on a hit of a search and counts it on the search; false (nothing written) when
   * there is no such search.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean addClick(UUID searchId, SearchClick click) {
    int counted =
        em.createQuery("UPDATE SearchEvent e SET e.clicks = e.clicks + 1 WHERE e.id = :id")
            .setParameter("id", searchId.toString())
            .executeUpdate();
    if (counted == 0) {
      return false;
    }
    em.persist(click);
    return true;
  }
}
