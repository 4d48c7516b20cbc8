package io.kbplatform.content.testing;

import java.lang.reflect.Field;

/**
 * Reads a persistent field that its entity does not expose, as the database would see the column:
 * in-memory repositories filter on such columns (a grant's space, an event's article).
 */
final class Columns {

  private Columns() {}

  static Object read(Object entity, String field) {
    try {
      Field f = entity.getClass().getDeclaredField(field);
      f.setAccessible(true);
      return f.get(entity);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(entity.getClass().getSimpleName() + "." + field, e);
    }
  }
}
