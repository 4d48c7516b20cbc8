package io.kbplatform.content.category;

import io.kbplatform.content.space.Space;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds and stores categories. */
@ApplicationScoped
public class CategoryRepository {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public Optional<Category> find(String id) {
    return Optional.ofNullable(em.find(Category.class, id));
  }

  /** Every category of a space, parents before children is not promised: build the tree. */
  public List<Category> inSpace(Space space) {
    return em.createQuery(
            "SELECT c FROM Category c WHERE c.space = :space ORDER BY c.position, c.name",
            Category.class)
        .setParameter("space", space)
        .getResultList();
  }

  /**
   * Every category of the given spaces (of every space when {@code spaceKeys} is null), grouped by
   * space: the labels of lists that span spaces, restricted here to what the caller may read.
   */
  public List<Category> inSpaces(Collection<String> spaceKeys) {
    if (spaceKeys != null && spaceKeys.isEmpty()) {
      return List.of();
    }
    var query =
        em.createQuery(
            "SELECT c FROM Category c"
                + (spaceKeys == null ? "" : " WHERE c.space.key IN :keys")
                + " ORDER BY c.space.key, c.position, c.name",
            Category.class);
    if (spaceKeys != null) {
      query.setParameter("keys", spaceKeys);
    }
    return query.getResultList();
  }

  public long countArticles(String categoryId) {
    return em.createQuery("SELECT COUNT(a) FROM Article a WHERE a.categoryId = :id", Long.class)
        .setParameter("id", categoryId)
        .getSingleResult();
  }

  public void add(Category category) {
    em.persist(category);
  }

  public void remove(Category category) {
    em.remove(category);
  }
}
