package io.kbplatform.content.permission;

import io.kbplatform.content.space.Space;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds and stores space grants. */
@ApplicationScoped
public class SpaceGrantRepository {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public List<SpaceGrant> forSpace(Space space) {
    return em.createQuery(
            "SELECT g FROM SpaceGrant g WHERE g.space = :space"
                + " ORDER BY g.principalType, g.principal",
            SpaceGrant.class)
        .setParameter("space", space)
        .getResultList();
  }

  public Optional<SpaceGrant> find(Space space, Principal principal) {
    return em.createQuery(
            "SELECT g FROM SpaceGrant g WHERE g.space = :space AND g.principalType = :type"
                + " AND g.principal = :name",
            SpaceGrant.class)
        .setParameter("space", space)
        .setParameter("type", principal.type())
        .setParameter("name", principal.name())
        .getResultStream()
        .findFirst();
  }

  /** Every grant to any of the given principals, in any space: (space key, level) pairs. */
  public List<Object[]> levelsFor(Actor actor) {
    List<String> groups = actor.groups().isEmpty() ? List.of("") : List.copyOf(actor.groups());
    return em.createQuery(
            "SELECT g.space.key, g.level FROM SpaceGrant g WHERE g.principalType = :everyone"
                + " OR (g.principalType = :user AND g.principal = :username)"
                + " OR (g.principalType = :group AND g.principal IN :groups)",
            Object[].class)
        .setParameter("everyone", PrincipalType.EVERYONE)
        .setParameter("user", PrincipalType.USER)
        .setParameter("username", actor.username())
        .setParameter("group", PrincipalType.GROUP)
        .setParameter("groups", groups)
        .getResultList();
  }

  public void add(SpaceGrant grant) {
    em.persist(grant);
  }

  public void remove(SpaceGrant grant) {
    em.remove(grant);
  }
}
