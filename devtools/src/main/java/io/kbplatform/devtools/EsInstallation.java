package io.kbplatform.devtools;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Prepares home (distribution, plugins), config, data, logs and tmp dirs, idempotently. */
final class EsInstallation {

  private static final String PLUGIN_MARKER_PREFIX = ".kb-plugin-";

  private final EsLayout layout;
  private final Path distribution;
  private final List<Path> plugins;
  private final EsUser user;
  private final Path javaHome;

  EsInstallation(
      EsLayout layout, Path distribution, List<Path> plugins, EsUser user, Path javaHome) {
    this.layout = layout;
    this.distribution = distribution;
    this.plugins = List.copyOf(plugins);
    this.user = user;
    this.javaHome = javaHome;
  }

  /** Brings the work directory up to date with the distribution and plugin zips. */
  void prepare() throws IOException {
    FileFingerprint.of(distribution); // fail fast on missing input files
    for (Path plugin : plugins) {
      FileFingerprint.of(plugin);
    }
    Files.createDirectories(layout.work());
    try (FileChannel channel =
            FileChannel.open(
                layout.prepareLock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock ignored = channel.lock()) {
      if (user.isDedicated()) { // fail before unpacking anything if the user cannot get in
        user.ensureExists();
        makeTraversable(layout.work());
        user.checkAccess(List.of(layout.work(), javaHome.resolve("bin").resolve("java")));
      }
      boolean fresh = unpackDistribution();
      copyConfig(fresh);
      installPlugins();
      for (Path dir : List.of(layout.data(), layout.logs(), layout.tmp())) {
        Files.createDirectories(dir);
      }
      if (user.isDedicated()) {
        makeTraversable(layout.home());
        user.takeOwnership(List.of(layout.config(), layout.data(), layout.logs(), layout.tmp()));
        user.checkAccess(List.of(layout.home().resolve("bin").resolve("elasticsearch")));
      }
    }
  }

  /** Unpacks the distribution into home unless the marker says it already is; true if it did. */
  boolean unpackDistribution() throws IOException {
    FileFingerprint fingerprint = FileFingerprint.of(distribution);
    if (fingerprint.matches(layout.distributionMarker())) {
      return false;
    }
    Path staging = layout.work().resolve("home.unpacking");
    deleteTree(staging);
    ZipExtractor.extract(distribution, staging, true);
    deleteTree(layout.home());
    Files.move(staging, layout.home(), StandardCopyOption.ATOMIC_MOVE);
    fingerprint.writeTo(layout.distributionMarker());
    return true;
  }

  /** Copies the distribution's config once, and again after the distribution changed. */
  void copyConfig(boolean distributionChanged) throws IOException {
    if (Files.isDirectory(layout.config()) && !distributionChanged) {
      return;
    }
    deleteTree(layout.config());
    copyTree(layout.home().resolve("config"), layout.config());
  }

  /** Installs new or changed plugins and removes plugins no longer asked for. */
  void installPlugins() throws IOException {
    Set<String> wanted = new HashSet<>();
    for (Path zip : plugins) {
      String name = PluginDescriptor.name(zip);
      wanted.add(name);
      FileFingerprint fingerprint = FileFingerprint.of(zip);
      Path marker = layout.pluginMarker(name);
      if (fingerprint.matches(marker) && Files.isDirectory(pluginDir(name))) {
        continue;
      }
      removePlugin(name);
      CommandRunner.runOrThrow(
          "Installing Elasticsearch plugin " + zip,
          pluginInstallCommand(zip),
          Map.of(
              "ES_JAVA_HOME", javaHome.toString(),
              "ES_PATH_CONF", layout.config().toString()),
          CommandRunner.DEFAULT_TIMEOUT);
      fingerprint.writeTo(marker);
    }
    for (String installed : installedByUs()) {
      if (!wanted.contains(installed)) {
        removePlugin(installed);
      }
    }
  }

  /** The plugin install command for one plugin zip. */
  List<String> pluginInstallCommand(Path pluginZip) {
    return List.of(
        layout.home().resolve("bin").resolve("elasticsearch-plugin").toString(),
        "install",
        "--batch",
        pluginZip.toAbsolutePath().normalize().toUri().toString());
  }

  private Path pluginDir(String name) {
    return layout.home().resolve("plugins").resolve(name);
  }

  private void removePlugin(String name) throws IOException {
    deleteTree(pluginDir(name));
    deleteTree(layout.home().resolve("bin").resolve(name));
    Files.deleteIfExists(layout.pluginMarker(name));
  }

  private List<String> installedByUs() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(layout.home())) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(PLUGIN_MARKER_PREFIX))
          .forEach(n -> names.add(n.substring(PLUGIN_MARKER_PREFIX.length())));
    }
    return names;
  }

  private static void makeTraversable(Path dir) throws IOException {
    Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(dir));
    permissions.addAll(
        EnumSet.of(PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.GROUP_EXECUTE));
    Files.setPosixFilePermissions(dir, permissions);
  }

  static void copyTree(Path source, Path target) throws IOException {
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path out = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(out);
          Files.setPosixFilePermissions(out, Files.getPosixFilePermissions(path));
        } else {
          Files.copy(path, out, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}
