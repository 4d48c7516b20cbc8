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

  /** The account of that name, compared case- and width-insensitively ({@link Usernames}). */
  public Optional<UserAccount> findByUsername(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.canonicalUsername = :u", UserAccount.class)
        .setParameter("u", Usernames.canonical(username))
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

  /** Accounts disabled by migration V16 because an older account has the same canonical name. */
  public List<UserAccount> findClashed() {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.canonicalUsername LIKE :p ORDER BY u.username",
            UserAccount.class)
        .setParameter("p", Usernames.CLASH_PREFIX + "%")
        .getResultList();
  }

  public void add(UserAccount user) {
    em.persist(user);
  }
}
