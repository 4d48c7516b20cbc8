package io.kbplatform.content.testing;

import java.lang.reflect.Field;

/**
 * Reads a persistent field that its entity does not expose, as the database would see the column:
 * in-memory repositories filter on such columns (a grant's space, an event's article).
 */
final class PersistentFields {

  private PersistentFields() {}

  static Object read(Object entity, String name) {
    for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(entity);
      } catch (NoSuchFieldException e) {
        // declared further up, in a mapped superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(entity.getClass().getSimpleName() + " has no field " + name);
  }
}
