package io.kbplatform.content.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds and stores spaces. */
@ApplicationScoped
public class SpaceRepository {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public Optional<Space> findByKey(String key) {
    return em.createQuery("SELECT s FROM Space s WHERE s.key = :key", Space.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  public List<Space> findAll() {
    return em.createQuery("SELECT s FROM Space s ORDER BY s.key", Space.class).getResultList();
  }

  public void add(Space space) {
    em.persist(space);
  }
}
