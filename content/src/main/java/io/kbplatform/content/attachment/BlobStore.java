package io.kbplatform.content.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Keeps file contents outside the database rows, by key. Keys are chosen by the application (never
 * from user input) and match {@link #KEY_PATTERN}.
 */
public interface BlobStore {

  /** Letters, digits and dashes: a UUID, optionally with a prefix. */
  String KEY_PATTERN = "[A-Za-z0-9-]{1,100}";

  /** Stores a file's bytes under a key, atomically: readers see all of it or nothing. */
  void put(String key, Path file) throws IOException;

  /** Whether bytes are stored under a key. */
  boolean has(String key) throws IOException;

  /** The bytes stored under a key. */
  InputStream open(String key) throws IOException;

  /** Removes a key's bytes; does nothing if there are none. */
  void delete(String key) throws IOException;
}
