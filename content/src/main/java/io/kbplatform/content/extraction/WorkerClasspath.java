package io.kbplatform.content.extraction;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;

/**
 * The class path of the worker JVM, found from the class loader that loaded Tika and this package:
 * {@code java.class.path} when that is the system class loader (tests, a plain {@code java -cp}),
 * else the code-source locations of those classes, where a location inside an exploded WAR ({@code
 * WEB-INF/classes} or {@code WEB-INF/lib/*.jar}) stands for all of {@code WEB-INF/classes} and
 * {@code WEB-INF/lib/*.jar}, plus the URLs of their {@link URLClassLoader}s.
 */
final class WorkerClasspath {

  private WorkerClasspath() {}

  /** The class path that runs {@link ExtractionWorker} with the Tika the server uses. */
  static List<Path> current() {
    return of(
        List.of(ExtractionWorker.class, TikaConfig.class, OOXMLParser.class, PDFParser.class));
  }

  static List<Path> of(List<Class<?>> anchors) {
    Set<Path> entries = new LinkedHashSet<>();
    for (Class<?> anchor : anchors) {
      ClassLoader loader = anchor.getClassLoader();
      if (loader == ClassLoader.getSystemClassLoader()) {
        entries.addAll(javaClassPath());
        continue;
      }
      Path location =
          codeSource(anchor)
              .orElseThrow(
                  () -> new IllegalStateException("No file location for " + anchor.getName()));
      entries.addAll(expandWebInf(location));
      if (loader instanceof URLClassLoader urls) {
        Stream.of(urls.getURLs())
            .map(WorkerClasspath::toPath)
            .flatMap(Optional::stream)
            .forEach(entries::add);
      }
    }
    return List.copyOf(entries);
  }

  static String asString(List<Path> entries) {
    return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
  }

  /**
   * A location inside an exploded WAR stands for the whole web application's classes and libraries;
   * any other location stands for itself.
   */
  static List<Path> expandWebInf(Path location) {
    Path parent = location.getParent();
    Path webInf = null;
    if (Files.isDirectory(location) && isNamed(location, "classes") && isNamed(parent, "WEB-INF")) {
      webInf = parent;
    } else if (isNamed(parent, "lib") && isNamed(parent.getParent(), "WEB-INF")) {
      webInf = parent.getParent();
    }
    if (webInf == null) {
      return List.of(location);
    }
    List<Path> entries = new ArrayList<>();
    Path classes = webInf.resolve("classes");
    if (Files.isDirectory(classes)) {
      entries.add(classes);
    }
    try (Stream<Path> jars = Files.list(webInf.resolve("lib"))) {
      jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(entries::add);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + webInf.resolve("lib"), e);
    }
    return entries;
  }

  private static Optional<Path> codeSource(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source != null && source.getLocation() != null) {
      Optional<Path> path = toPath(source.getLocation());
      if (path.isPresent()) {
        return path;
      }
    }
    return fromClassResource(type);
  }

  /** {@code jar:file:/…/x.jar!/a/B.class} or {@code file:/…/classes/a/B.class}. */
  private static Optional<Path> fromClassResource(Class<?> type) {
    String resource = type.getName().replace('.', '/') + ".class";
    URL url = type.getClassLoader() == null ? null : type.getClassLoader().getResource(resource);
    if (url == null) {
      return Optional.empty();
    }
    String text = url.toString();
    if (text.startsWith("jar:file:") && text.contains("!/")) {
      return toPathString(text.substring("jar:".length(), text.indexOf("!/")));
    }
    if (text.startsWith("file:") && text.endsWith(resource)) {
      return toPathString(text.substring(0, text.length() - resource.length()));
    }
    return Optional.empty();
  }

  private static Optional<Path> toPath(URL url) {
    return "file".equals(url.getProtocol()) ? toPathString(url.toString()) : Optional.empty();
  }

  private static Optional<Path> toPathString(String fileUrl) {
    try {
      return Optional.of(Path.of(new URL(fileUrl).toURI()).toAbsolutePath().normalize());
    } catch (URISyntaxException | IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static List<Path> javaClassPath() {
    return Stream.of(System.getProperty("java.class.path", "").split(File.pathSeparator))
        .filter(s -> !s.isBlank())
        .map(s -> Path.of(s).toAbsolutePath().normalize())
        .toList();
  }

  private static boolean isNamed(Path path, String name) {
    return path != null && path.getFileName() != null && path.getFileName().toString().equals(name);
  }
}
