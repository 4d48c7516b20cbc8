package io.kbplatform.content.synonym;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds and stores synonym sets. */
@ApplicationScoped
public class SynonymSetRepository {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public Optional<SynonymSet> find(String id) {
    return Optional.ofNullable(em.find(SynonymSet.class, id));
  }

  /** The sets of one space, or the global sets when {@code spaceKey} is null, oldest first. */
  public List<SynonymSet> inScope(String spaceKey) {
    String where = spaceKey == null ? "s.spaceKey IS NULL" : "s.spaceKey = :space";
    var query =
        em.createQuery(
            "SELECT s FROM SynonymSet s WHERE " + where + " ORDER BY s.createdAt, s.id",
            SynonymSet.class);
    if (spaceKey != null) {
      query.setParameter("space", spaceKey);
    }
    return query.getResultList();
  }

  public long countInScope(String spaceKey) {
    String where = spaceKey == null ? "s.spaceKey IS NULL" : "s.spaceKey = :space";
    var query = em.createQuery("SELECT COUNT(s) FROM SynonymSet s WHERE " + where, Long.class);
    if (spaceKey != null) {
      query.setParameter("space", spaceKey);
    }
    return query.getSingleResult();
  }

  /** Every set, oldest first: what search expands queries with. */
  public List<SynonymSet> all() {
    return em.createQuery("SELECT s FROM SynonymSet s ORDER BY s.createdAt, s.id", SynonymSet.class)
        .getResultList();
  }

  /** How many sets there are in all scopes. */
  public long count() {
    return em.createQuery("SELECT COUNT(s) FROM SynonymSet s", Long.class).getSingleResult();
  }

  /** The starter keys of the sets that were loaded from the starter set and still exist. */
  public java.util.Set<String> starterKeys() {
    return java.util.Set.copyOf(
        em.createQuery(
                "SELECT s.starterKey FROM SynonymSet s WHERE s.starterKey IS NOT NULL",
                String.class)
            .getResultList());
  }

  public void add(SynonymSet set) {
    em.persist(set);
  }

  public void remove(SynonymSet set) {
    em.remove(set);
  }

  /** Writes pending changes now, so that the version an ETag carries is the stored one. */
  public void flush() {
    em.flush();
  }
}
