package io.kbplatform.content.acknowledgement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds and stores mandatory readings and acknowledgements. */
@ApplicationScoped
public class AcknowledgementRepository {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public Optional<MandatoryReading> reading(String articleId) {
    return Optional.ofNullable(em.find(MandatoryReading.class, articleId));
  }

  /** The readings mandatory for any of the groups. */
  public List<MandatoryReading> mandatoryFor(Set<String> groupKeys) {
    if (groupKeys.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT DISTINCT m FROM MandatoryReading m JOIN m.groups g WHERE g IN :groups",
            MandatoryReading.class)
        .setParameter("groups", List.copyOf(groupKeys))
        .getResultList();
  }

  public Optional<Acknowledgement> find(String articleId, String username, int version) {
    return em.createQuery(
            "SELECT k FROM Acknowledgement k WHERE k.articleId = :a AND k.username = :u"
                + " AND k.version = :v",
            Acknowledgement.class)
        .setParameter("a", articleId)
        .setParameter("u", username)
        .setParameter("v", version)
        .getResultStream()
        .findFirst();
  }

  /** The latest acknowledgement of an article by each user who gave one. */
  public Map<String, Acknowledgement> latestByUser(String articleId) {
    Map<String, Acknowledgement> latest = new HashMap<>();
    em.createQuery(
            "SELECT k FROM Acknowledgement k WHERE k.articleId = :a ORDER BY k.version",
            Acknowledgement.class)
        .setParameter("a", articleId)
        .getResultList()
        .forEach(k -> latest.put(k.username(), k));
    return latest;
  }

  /** A user's latest acknowledgement of an article. */
  public Optional<Acknowledgement> latest(String articleId, String username) {
    return em.createQuery(
            "SELECT k FROM Acknowledgement k WHERE k.articleId = :a AND k.username = :u"
                + " ORDER BY k.version DESC",
            Acknowledgement.class)
        .setParameter("a", articleId)
        .setParameter("u", username)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public void add(MandatoryReading reading) {
    em.persist(reading);
  }

  public void add(Acknowledgement acknowledgement) {
    em.persist(acknowledgement);
  }
}
