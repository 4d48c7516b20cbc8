package io.kbplatform.content.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerClasspathTest {

  @TempDir Path dir;

  @Test
  void inPlainJavaTheWorkerGetsTheClassPathWithTikaAndOurClasses() {
    List<Path> classpath = WorkerClasspath.current();

    assertTrue(
        classpath.stream().anyMatch(p -> p.toString().contains("tika-core")), classpath::toString);
    assertTrue(
        classpath.stream()
            .anyMatch(p -> Files.exists(p.resolve(classFile(ExtractionWorker.class)))),
        classpath::toString);
  }

  @Test
  void insideAnExplodedWarTheWorkerGetsWebInfClassesAndEveryLibraryJar() throws Exception {
    Path webInf = dir.resolve("app/WEB-INF");
    Path classes = copyClass(ExtractionWorker.class, webInf.resolve("classes"));
    Path lib = Files.createDirectories(webInf.resolve("lib"));
    Path tika = Files.copy(jarOf(TikaConfig.class), lib.resolve("tika-core-3.3.1.jar"));
    Path other = Files.write(lib.resolve("a-library.jar"), new byte[0]);
    Files.write(lib.resolve("notes.txt"), new byte[0]);

    try (URLClassLoader webapp =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL(), tika.toUri().toURL(), other.toUri().toURL()},
            ClassLoader.getPlatformClassLoader())) {
      Class<?> worker = webapp.loadClass(ExtractionWorker.class.getName());
      Class<?> tikaConfig = webapp.loadClass(TikaConfig.class.getName());

      List<Path> classpath = WorkerClasspath.of(List.of(worker, tikaConfig));

      assertEquals(List.of(classes, other, tika), classpath);
    }
  }

  @Test
  void aJarOfOurClassesInWebInfLibAlsoStandsForTheWholeWebApplication() throws Exception {
    Path webInf = dir.resolve("app/WEB-INF");
    Path classes = Files.createDirectories(webInf.resolve("classes"));
    Path lib = Files.createDirectories(webInf.resolve("lib"));
    Path content = Files.write(lib.resolve("kb-content.jar"), new byte[0]);
    Path tika = Files.write(lib.resolve("tika-core.jar"), new byte[0]);

    assertEquals(List.of(classes, content, tika), WorkerClasspath.expandWebInf(content));
    assertEquals(List.of(dir.resolve("x.jar")), WorkerClasspath.expandWebInf(dir.resolve("x.jar")));
  }

  private static String classFile(Class<?> type) {
    return type.getName().replace('.', '/') + ".class";
  }

  private static Path jarOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** Copies the compiled package of {@code type} into a WEB-INF/classes folder. */
  private static Path copyClass(Class<?> type, Path classes) throws Exception {
    Path root = jarOf(type);
    Path pkg = root.resolve(type.getPackageName().replace('.', '/'));
    Path target = Files.createDirectories(classes.resolve(type.getPackageName().replace('.', '/')));
    try (Stream<Path> files = Files.list(pkg)) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName().toString()));
      }
    }
    return classes;
  }
}
