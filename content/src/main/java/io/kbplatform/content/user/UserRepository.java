package io.kbplatform.content.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds and stores user accounts. */
@ApplicationScoped
public class UserRepository {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public Optional<UserAccount> findByUsername(String username) {
    return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  public List<UserAccount> findAll() {
    return em.createQuery("SELECT u FROM UserAccount u ORDER BY u.username", UserAccount.class)
        .getResultList();
  }

  public long countWithRole(Role role) {
    return em.createQuery(
            "SELECT COUNT(u) FROM UserAccount u WHERE :role MEMBER OF u.roles", Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  public long countEnabledWithRole(Role role) {
    return em.createQuery(
            "SELECT COUNT(u) FROM UserAccount u WHERE :role MEMBER OF u.roles AND u.enabled = TRUE",
            Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  public void add(UserAccount user) {
    em.persist(user);
  }
}
