package io.kbplatform.content.testing;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;

/** The beans CDI would find for an {@code Instance<T>}: here, the ones the test lists. */
public final class ListedInstances<T> implements Instance<T> {

  private final List<T> beans;

  @SafeVarargs
  public ListedInstances(T... beans) {
    this.beans = List.of(beans);
  }

  @Override
  public Iterator<T> iterator() {
    return beans.iterator();
  }

  @Override
  public T get() {
    if (beans.size() != 1) {
      throw new IllegalStateException(beans.size() + " beans, not one");
    }
    return beans.get(0);
  }

  @Override
  public boolean isUnsatisfied() {
    return beans.isEmpty();
  }

  @Override
  public boolean isAmbiguous() {
    return beans.size() > 1;
  }

  @Override
  public Instance<T> select(Annotation... qualifiers) {
    throw new UnsupportedOperationException("The services use no qualifiers.");
  }

  @Override
  public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException("The services use no qualifiers.");
  }

  @Override
  public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException("The services use no qualifiers.");
  }

  @Override
  public void destroy(T instance) {}

  @Override
  public Handle<T> getHandle() {
    throw new UnsupportedOperationException("The services iterate.");
  }

  @Override
  public Iterable<? extends Handle<T>> handles() {
    throw new UnsupportedOperationException("The services iterate.");
  }
}
