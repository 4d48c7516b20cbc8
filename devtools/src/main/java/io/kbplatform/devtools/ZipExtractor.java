package io.kbplatform.devtools;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Extracts a zip archive keeping its Unix permissions, optionally dropping its top folder. */
final class ZipExtractor {

  private ZipExtractor() {}

  /**
   * Extracts {@code zip} into {@code target}. With {@code stripTopFolder}, the archive must hold
   * exactly one top-level folder, whose content lands directly in {@code target}.
   */
  static void extract(Path zip, Path target, boolean stripTopFolder) throws IOException {
    Path destination = target.toAbsolutePath().normalize();
    try (FileSystem fs =
        FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"))) {
      Path base = stripTopFolder ? topFolder(fs.getPath("/"), zip) : fs.getPath("/");
      Files.createDirectories(destination);
      List<Path[]> directories = new ArrayList<>();
      try (Stream<Path> entries = Files.walk(base)) {
        for (Path entry : (Iterable<Path>) entries::iterator) {
          Path out = destination.resolve(base.relativize(entry).toString()).normalize();
          if (!out.startsWith(destination)) {
            throw new IOException("Zip entry " + entry + " would land outside " + destination);
          }
          if (Files.isDirectory(entry)) {
            Files.createDirectories(out);
            directories.add(new Path[] {entry, out});
          } else {
            Files.createDirectories(out.getParent());
            Files.copy(entry, out, StandardCopyOption.REPLACE_EXISTING);
            copyPermissions(entry, out, false);
          }
        }
      }
      // Directories last: a read-only directory mode must not block writing its content.
      for (Path[] directory : directories) {
        copyPermissions(directory[0], directory[1], true);
      }
    }
  }

  private static Path topFolder(Path root, Path zip) throws IOException {
    try (Stream<Path> children = Files.list(root)) {
      List<Path> top = children.toList();
      if (top.size() != 1 || !Files.isDirectory(top.get(0))) {
        throw new LocalNodeException("Expected a single top-level folder in " + zip);
      }
      return top.get(0);
    }
  }

  private static void copyPermissions(Path entry, Path out, boolean directory) throws IOException {
    Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
    try {
      permissions.addAll(Files.getPosixFilePermissions(entry));
    } catch (UnsupportedOperationException e) {
      return; // the entry carries no Unix mode: keep the default one
    }
    permissions.add(PosixFilePermission.OWNER_READ);
    permissions.add(PosixFilePermission.OWNER_WRITE);
    if (directory) {
      permissions.add(PosixFilePermission.OWNER_EXECUTE);
    }
    try {
      Files.setPosixFilePermissions(out, permissions);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: nothing to keep
    }
  }
}
