package io.kbplatform.content.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds and stores import jobs and their items. */
@ApplicationScoped
public class ImportJobRepository {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public Optional<ImportJob> find(String id) {
    return Optional.ofNullable(em.find(ImportJob.class, id));
  }

  public Optional<ImportItem> findItem(String id) {
    return Optional.ofNullable(em.find(ImportItem.class, id));
  }

  public List<ImportItem> items(String jobId) {
    return em.createQuery(
            "SELECT i FROM ImportItem i WHERE i.jobId = :id ORDER BY i.position", ImportItem.class)
        .setParameter("id", jobId)
        .getResultList();
  }

  /** Jobs that were queued or running: after a restart, they were interrupted. */
  public List<ImportJob> unfinished() {
    return em.createQuery("SELECT j FROM ImportJob j WHERE j.state IN :states", ImportJob.class)
        .setParameter("states", List.of(ImportState.QUEUED, ImportState.RUNNING))
        .getResultList();
  }

  public void add(ImportJob job) {
    em.persist(job);
  }

  public void add(ImportItem item) {
    em.persist(item);
  }
}
