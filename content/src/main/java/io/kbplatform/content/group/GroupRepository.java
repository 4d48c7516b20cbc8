package io.kbplatform.content.group;

import io.kbplatform.content.common.NamedEntities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Finds and stores groups. */
@ApplicationScoped
public class GroupRepository {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public Optional<Group> findByKey(String key) {
    return NamedEntities.byKey(em, Group.class, key);
  }

  public List<Group> findAll() {
    return NamedEntities.allByKey(em, Group.class);
  }

  /** The keys of the groups a user belongs to. */
  public Set<String> keysOf(String username) {
    return new TreeSet<>(
        em.createQuery(
                "SELECT g.key FROM Group g WHERE :username MEMBER OF g.members", String.class)
            .setParameter("username", username)
            .getResultList());
  }

  /**
   * How many grants, article restrictions and mandatory readings name a group. Native SQL: these
   * belong to other features, which this package must not depend on.
   */
  public long usages(String key) {
    long total = 0;
    for (String sql :
        new String[] {
          "SELECT COUNT(*) FROM space_grant WHERE principal_type = 'GROUP' AND principal = ?1",
          "SELECT COUNT(*) FROM article_restriction WHERE group_key = ?1",
          "SELECT COUNT(*) FROM mandatory_reading_group WHERE group_key = ?1"
        }) {
      total +=
          ((Number) em.createNativeQuery(sql).setParameter(1, key).getSingleResult()).longValue();
    }
    return total;
  }

  public void add(Group group) {
    em.persist(group);
  }

  public void remove(Group group) {
    em.remove(group);
  }
}
