package io.kbplatform.content.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Blobs as files under {@code <kb.data.dir>/blobs}, spread over two-character subdirectories. A
 * write goes to a temporary file in the same directory and is then moved into place, so a crash
 * never leaves half a blob under a key.
 */
@ApplicationScoped
public class FileBlobStore implements BlobStore {

  private Path root;

  protected FileBlobStore() {}

  @Inject
  public FileBlobStore(@ConfigProperty(name = "kb.data.dir", defaultValue = "./data") String dir) {
    this(Path.of(dir).resolve("blobs"));
  }

  public FileBlobStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public void put(String key, Path file) throws IOException {
    Path target = pathOf(key);
    Files.createDirectories(target.getParent());
    Path temp = target.resolveSibling(".tmp-" + UUID.randomUUID());
    try {
      Files.copy(file, temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public boolean has(String key) {
    return Files.isRegularFile(pathOf(key));
  }

  @Override
  public InputStream open(String key) throws IOException {
    return Files.newInputStream(pathOf(key));
  }

  @Override
  public void delete(String key) throws IOException {
    Files.deleteIfExists(pathOf(key));
  }

  /** The file of a key; refuses anything that is not a plain key, so no path can escape. */
  Path pathOf(String key) {
    if (key == null || !key.matches(KEY_PATTERN)) {
      throw new IllegalArgumentException("Not a blob key: " + key);
    }
    String shard = key.length() >= 2 ? key.substring(key.length() - 2) : "00";
    Path path = root.resolve(shard).resolve(key).normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException("Not a blob key: " + key);
    }
    return path;
  }
}
