package io.kbplatform.content.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores and reads the recorded workflow transitions of articles: one article's history, and the
 * last rejections of a list of articles in one query.
 */
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

  /**
   * The articles among the given ones whose last workflow step sent them back to their author (a
   * rejection), with that step: drafts "returned for changes" and why. The caller passes only
   * articles whose history it may see (their editors').
   */
  public Map<String, WorkflowEvent> lastRejections(Collection<String> articleIds) {
    if (articleIds.isEmpty()) {
      return Map.of();
    }
    // The last step orders as the history does: by time, then by id.
    List<WorkflowEvent> last =
        em.createQuery(
                "SELECT e FROM WorkflowEvent e WHERE e.articleId IN :ids AND e.action = :reject"
                    + " AND NOT EXISTS (SELECT l.id FROM WorkflowEvent l"
                    + " WHERE l.articleId = e.articleId AND (l.createdAt > e.createdAt"
                    + " OR (l.createdAt = e.createdAt AND l.id > e.id)))",
                WorkflowEvent.class)
            .setParameter("ids", Set.copyOf(articleIds))
            .setParameter("reject", WorkflowAction.REJECT)
            .getResultList();
    return last.stream().collect(Collectors.toMap(WorkflowEvent::articleId, Function.identity()));
  }
}
