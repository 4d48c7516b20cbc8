package io.kbplatform.content.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Blobs stored once per content: the key is the SHA-256 of the bytes, so a file attached a thousand
 * times (to one article, to many, or by an import naming one ZIP entry over and over) takes its
 * bytes once. Because rows share blobs, a blob is deleted only when no attachment row refers to its
 * key ({@link #deleteIfUnreferenced}, the one place that deletes attachment blobs).
 *
 * <p>Storing (up to the commit of the row that refers to the blob) and deleting (from the reference
 * check to the removal) hold the same per-key lock, so a blob being reused is never deleted under
 * the new row. The lock is per JVM: several application instances sharing a blob directory would
 * need a database lock here.
 */
@ApplicationScoped
public class SharedBlobs {

  private static final Logger LOG = Logger.getLogger(SharedBlobs.class.getName());
  private static final String PREFIX = "sha256-";
  private static final int STRIPES = 64;

  private BlobStore blobs;
  private BlobReferences references;
  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  protected SharedBlobs() {
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  @Inject
  public SharedBlobs(BlobStore blobs, AttachmentRepository references) {
    this(blobs, (BlobReferences) references);
  }

  public SharedBlobs(BlobStore blobs, BlobReferences references) {
    this();
    this.blobs = blobs;
    this.references = references;
  }

  /** The key of the bytes with this SHA-256 (lower-case hex). */
  public static String keyOf(String sha256) {
    return PREFIX + sha256;
  }

  /**
   * Stores the file under its content key unless those bytes are there already, then runs {@code
   * record} (which must commit the row referring to the key) while still holding the key's lock.
   */
  public <T> T storeOnce(Path file, String sha256, Function<String, T> record) throws IOException {
    String key = keyOf(sha256);
    ReentrantLock lock = lockOf(key);
    lock.lock();
    try {
      if (!blobs.has(key)) {
        blobs.put(key, file);
      }
      return record.apply(key);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Deletes a blob if no attachment row refers to its key any more; call it after the transaction
   * that removed rows has committed. Never throws: a blob that cannot be deleted is only orphaned.
   */
  public void deleteIfUnreferenced(String key) {
    ReentrantLock lock = lockOf(key);
    lock.lock();
    try {
      if (!references.isReferenced(key)) {
        blobs.delete(key);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not delete blob " + key + "; it is orphaned", e);
    } finally {
      lock.unlock();
    }
  }

  private ReentrantLock lockOf(String key) {
    return locks[Math.floorMod(key.hashCode(), STRIPES)];
  }
}
