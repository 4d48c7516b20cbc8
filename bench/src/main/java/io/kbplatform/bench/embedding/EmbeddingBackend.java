package io.kbplatform.bench.embedding;

/** What the embedding measurement needs of a model: load it, embed a query, chunk and embed. */
public interface EmbeddingBackend {

  /** A short description for the report. */
  String describe();

  void load();

  void embedQuery(String query);

  /** Chunks an article's plain text and embeds every chunk; returns the number of chunks. */
  int embedArticle(String title, String plainBody);
}
