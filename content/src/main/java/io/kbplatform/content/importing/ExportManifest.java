package io.kbplatform.content.importing;

import io.kbplatform.content.extraction.ExtractionException;
import io.kbplatform.content.extraction.ExtractionException.Reason;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The articles of an export's {@code metadata.json}, read as a stream one article at a time, never
 * the whole document: a manifest may be hostile (millions of articles, one entry named as an
 * attachment thousands of times), so its size is judged by the bytes the unpacking actually wrote
 * and every count is capped by {@link ImportLimits} before the first article is created.
 */
final class ExportManifest implements Iterator<JsonObject>, AutoCloseable {

  private final JsonParser parser;
  private final ImportLimits limits;
  private JsonObject next;
  private int read;
  private boolean inArticles;
  private boolean done;

  private ExportManifest(JsonParser parser, ImportLimits limits) {
    this.parser = parser;
    this.limits = limits;
  }

  /**
   * Checks the whole manifest against the limits and answers the file of each article, in order:
   * the job's items. Nothing is kept of the articles but these names.
   */
  static List<String> check(Path metadata, ImportLimits limits) throws ExtractionException {
    List<String> files = new ArrayList<>();
    try (ExportManifest articles = open(metadata, limits)) {
      while (articles.hasNext()) {
        files.add(articles.next().getString("file", "?"));
      }
    } catch (ManifestRefused e) {
      throw e.unwrap();
    }
    return files;
  }

  /** The articles one by one; the caller closes it. */
  static ExportManifest open(Path metadata, ImportLimits limits) throws ExtractionException {
    try {
      long size = Files.size(metadata);
      if (size > limits.maxManifestBytes()) {
        throw limit(
            "metadata.json has "
                + size
                + " bytes; at most "
                + limits.maxManifestBytes()
                + " are read.");
      }
      InputStream in = new BoundedInputStream(Files.newInputStream(metadata), size);
      return new ExportManifest(Json.createParser(in), limits);
    } catch (IOException e) {
      throw notAnExport(e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        next = advance();
      } catch (ExtractionException e) {
        throw new ManifestRefused(e);
      }
    }
    return next != null;
  }

  @Override
  public JsonObject next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    JsonObject article = next;
    next = null;
    return article;
  }

  private JsonObject advance() throws ExtractionException {
    try {
      if (!inArticles) {
        findArticles();
      }
      Event event = parser.next();
      if (event == Event.END_ARRAY) {
        done = true;
        return null;
      }
      if (event != Event.START_OBJECT) {
        throw notAnExport(null);
      }
      if (++read > limits.maxArticles()) {
        throw limit("metadata.json lists more than " + limits.maxArticles() + " articles.");
      }
      JsonObject article = parser.getObject();
      JsonValue files = article.get("attachments");
      if (files instanceof JsonArray list && list.size() > limits.maxAttachmentsPerArticle()) {
        throw limit(
            "The article "
                + article.getString("file", "?")
                + " lists "
                + list.size()
                + " attachments; at most "
                + limits.maxAttachmentsPerArticle()
                + " are accepted.");
      }
      return article;
    } catch (JsonException | IllegalStateException | NoSuchElementException e) {
      throw notAnExport(e);
    }
  }

  /** Skips everything before the {@code articles} array of the root object. */
  private void findArticles() throws ExtractionException {
    if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
      throw notAnExport(null);
    }
    while (parser.hasNext()) {
      Event event = parser.next();
      if (event == Event.END_OBJECT) {
        break;
      }
      String key = parser.getString();
      Event value = parser.next();
      if ("articles".equals(key) && value == Event.START_ARRAY) {
        inArticles = true;
        return;
      }
      if (value == Event.START_OBJECT) {
        parser.skipObject();
      } else if (value == Event.START_ARRAY) {
        parser.skipArray();
      }
    }
    throw notAnExport(null);
  }

  @Override
  public void close() {
    parser.close();
  }

  private static ExtractionException limit(String message) {
    return new ExtractionException(Reason.RESOURCE_LIMIT, message);
  }

  private static ExtractionException notAnExport(Exception cause) {
    return new ExtractionException(
        Reason.CORRUPT, "metadata.json is not a space export: no list of articles.", cause);
  }

  /** A refusal met while iterating; {@link #unwrap} gives the reason back. */
  static final class ManifestRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ManifestRefused(ExtractionException cause) {
      super(cause.getMessage(), cause);
    }

    ExtractionException unwrap() {
      return (ExtractionException) getCause();
    }
  }

  /** Never reads more than the bytes counted when the manifest was unpacked. */
  private static final class BoundedInputStream extends java.io.FilterInputStream {

    private long left;

    BoundedInputStream(InputStream in, long max) {
      super(in);
      this.left = max;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }
}
