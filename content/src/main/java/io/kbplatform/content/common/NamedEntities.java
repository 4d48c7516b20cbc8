package io.kbplatform.content.common;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The lookups every repository of a {@link NamedEntity} (spaces, groups, and the paths and courses
 * to come) needs: one by its key, all in key order.
 */
public final class NamedEntities {

  private NamedEntities() {}

  public static <T extends NamedEntity> Optional<T> byKey(
      EntityManager em, Class<T> type, String key) {
    return em.createQuery("SELECT e FROM " + entityName(em, type) + " e WHERE e.key = :key", type)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  public static <T extends NamedEntity> List<T> allByKey(EntityManager em, Class<T> type) {
    return em.createQuery("SELECT e FROM " + entityName(em, type) + " e ORDER BY e.key", type)
        .getResultList();
  }

  private static String entityName(EntityManager em, Class<?> type) {
    return em.getMetamodel().entity(type).getName();
  }
}
