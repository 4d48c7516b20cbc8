package io.kbplatform.app.testsupport;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes that need no shared server (unit tests, and in-container tests with an
 * Arquillian deployment of their own, such as PersistenceIT) before the {@link KbServerTest}
 * classes, each group by name. The shared server starts with the first of those, so no two app
 * servers ever open the embedded database file at once (it is opened without AUTO_SERVER).
 * Configured in junit-platform.properties.
 */
public final class SharedServerLast implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparing((ClassDescriptor d) -> d.isAnnotated(KbServerTest.class))
                .thenComparing(d -> d.getTestClass().getName()));
  }
}
