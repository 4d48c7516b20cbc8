package io.kbplatform.search.semantic;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the plain text of an article (title, then body) into passages of at most {@code maxChars}
 * characters for embedding: whole paragraphs where they fit, else whole sentences (ending in
 * 。！？!?；; or a line break), and only a single over-long sentence is cut inside, preferably after a
 * comma or a space so that Latin words stay whole. At most {@code maxChunks} passages are made, so
 * an enormous article cannot stall indexing; the rest of it is not embedded.
 */
public final class Chunker {

  public static final int DEFAULT_MAX_CHARS = 500;
  public static final int DEFAULT_MAX_CHUNKS = 40;

  private final int maxChars;
  private final int maxChunks;

  public Chunker(int maxChars, int maxChunks) {
    if (maxChars < 20 || maxChunks < 1) {
      throw new IllegalArgumentException("maxChars must be >= 20 and maxChunks >= 1");
    }
    this.maxChars = maxChars;
    this.maxChunks = maxChunks;
  }

  public Chunker() {
    this(DEFAULT_MAX_CHARS, DEFAULT_MAX_CHUNKS);
  }

  /** The passages of an article, in reading order; empty when there is no text. */
  public List<String> chunks(String title, String plainBody) {
    String text = join(title, plainBody);
    // Bound the work on huge bodies: nothing beyond what maxChunks passages could hold is looked
    // at.
    long budget = (long) maxChars * maxChunks * 2L;
    if (text.length() > budget) {
      text = text.substring(0, (int) budget);
    }
    text = PassageText.clean(text);
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String paragraph : text.split("\\n\\s*\\n")) {
      for (String piece : pieces(paragraph.strip())) {
        if (current.length() > 0 && current.length() + 1 + piece.length() > maxChars) {
          if (add(chunks, current)) {
            return chunks;
          }
        }
        if (current.length() > 0) {
          current.append(separator(current, piece));
        }
        current.append(piece);
      }
      if (current.length() > 0 && current.length() + 2 <= maxChars) {
        current.append("\n\n");
      }
    }
    add(chunks, current);
    return chunks;
  }

  /** Adds the chunk being built and clears it; true when the cap is reached. */
  private boolean add(List<String> chunks, StringBuilder current) {
    String chunk = current.toString().strip();
    current.setLength(0);
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks.size() >= maxChunks;
  }

  /** A paragraph that fits, else its sentences, each of which fits. */
  private List<String> pieces(String paragraph) {
    if (paragraph.isEmpty()) {
      return List.of();
    }
    if (paragraph.length() <= maxChars) {
      return List.of(paragraph);
    }
    List<String> pieces = new ArrayList<>();
    for (String sentence : Sentences.split(paragraph)) {
      String rest = sentence;
      while (rest.length() > maxChars) {
        int cut = Sentences.cutPoint(rest, maxChars);
        pieces.add(rest.substring(0, cut).strip());
        rest = rest.substring(cut).strip();
      }
      if (!rest.isEmpty()) {
        pieces.add(rest);
      }
    }
    return pieces;
  }

  private static String separator(StringBuilder current, String next) {
    char last = current.charAt(current.length() - 1);
    if (last == '\n' || Sentences.isCjk(last) || Sentences.isCjk(next.charAt(0))) {
      return "";
    }
    return " ";
  }

  private static String join(String title, String body) {
    String t = title == null ? "" : title.strip();
    String b = body == null ? "" : body.strip();
    if (t.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? t : t + "\n\n" + b;
  }
}
