package io.kbplatform.content.article;

/**
 * Where the latest version of an article stands. An article with a published version stays live
 * while a newer draft is written ({@code DRAFT}) and reviewed ({@code IN_REVIEW}); an archived
 * article is hidden from readers.
 */
public enum ArticleStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  ARCHIVED
}
