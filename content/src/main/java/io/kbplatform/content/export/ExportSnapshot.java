package io.kbplatform.content.export;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * What an export will write, fixed when it starts: the metadata and, per article, where its body
 * and attachments go. Bodies and blobs are read while writing, so memory stays small.
 */
public record ExportSnapshot(String spaceKey, JsonObject metadata, List<Entry> articles) {

  /** One article: its id, its Markdown path, and its attachments' blob keys and paths. */
  public record Entry(String articleId, String file, List<FileEntry> attachments) {}

  /** One attachment in the ZIP. */
  public record FileEntry(String blobKey, String path) {}
}
