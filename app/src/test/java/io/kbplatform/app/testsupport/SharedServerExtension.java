package io.kbplatform.app.testsupport;

import java.lang.reflect.Field;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Gives every {@link KbServerTest} class the run's shared server: started by the first class that
 * needs it, kept in the root context's store and stopped when the test run ends (the store closes
 * it), and fills its {@link ServerUrl} fields.
 */
final class SharedServerExtension implements BeforeAllCallback, TestInstancePostProcessor {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedServerExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    server(context);
  }

  @Override
  public void postProcessTestInstance(Object instance, ExtensionContext context)
      throws IllegalAccessException, MalformedURLException {
    URI base = server(context).base();
    for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.isAnnotationPresent(ServerUrl.class)) {
          field.setAccessible(true);
          field.set(instance, field.getType() == URL.class ? base.toURL() : base);
        }
      }
    }
  }

  private static SharedServer server(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(SharedServer.class, type -> SharedServer.boot(), SharedServer.class)
        .running();
  }
}
