package io.kbplatform.content.space;

import io.kbplatform.content.common.NamedEntities;
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
    return NamedEntities.byKey(em, Space.class, key);
  }

  public List<Space> findAll() {
    return NamedEntities.allByKey(em, Space.class);
  }

  public void add(Space space) {
    em.persist(space);
  }
}
