package io.kbplatform.content.article;

/** Where an article stands in its life: written, then published for readers. */
public enum ArticleStatus {
  DRAFT,
  PUBLISHED
}
