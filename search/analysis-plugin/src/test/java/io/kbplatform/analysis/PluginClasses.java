package io.kbplatform.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.elasticsearch.plugin.NamedComponent;

/** Test helper: finds the compiled {@link NamedComponent} classes of the plugin. */
final class PluginClasses {

  private PluginClasses() {}

  /** Every class in the main output directory annotated with {@link NamedComponent}. */
  static List<Class<?>> namedComponents() {
    try {
      Path root =
          Path.of(
              PinyinStripCharFilterFactory.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
      try (Stream<Path> files = Files.walk(root)) {
        return files
            .filter(p -> p.toString().endsWith(".class"))
            .map(p -> root.relativize(p).toString())
            .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
            .map(PluginClasses::load)
            .filter(c -> c.isAnnotationPresent(NamedComponent.class))
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PluginClasses.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
