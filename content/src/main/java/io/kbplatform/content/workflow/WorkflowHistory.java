package io.kbplatform.content.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Stores and reads the recorded workflow transitions of articles. */
@ApplicationScoped
public class WorkflowHistory {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public void add(WorkflowEvent event) {
    em.persist(event);
  }

  /** The transitions of one article, oldest first. */
  public List<WorkflowEvent> of(String articleId) {
    return em.createQuery(
            "SELECT e FROM WorkflowEvent e WHERE e.articleId = :id ORDER BY e.createdAt, e.id",
            WorkflowEvent.class)
        .setParameter("id", articleId)
        .getResultList();
  }
}
