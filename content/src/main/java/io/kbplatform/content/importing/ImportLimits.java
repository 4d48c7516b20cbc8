package io.kbplatform.content.importing;

/**
 * Bounds for restoring a space export, all judged by bytes actually written or entries actually
 * read, never by what the archive claims.
 *
 * @param maxManifestBytes largest {@code metadata.json} read (it is parsed as a stream, never
 *     whole)
 * @param maxArticles articles one manifest may list
 * @param maxAttachmentsPerArticle attachments one article of the manifest may list
 * @param maxRestoredBytes attachment bytes one import may attach in all, counted per reference
 *     (each reference is extracted and recorded again, so a file named a thousand times counts a
 *     thousand times)
 */
public record ImportLimits(
    long maxManifestBytes, int maxArticles, int maxAttachmentsPerArticle, long maxRestoredBytes) {

  public static final long DEFAULT_MAX_MANIFEST_BYTES = 16L * 1024 * 1024;
  public static final int DEFAULT_MAX_ARTICLES = 10_000;
  public static final int DEFAULT_MAX_ATTACHMENTS_PER_ARTICLE = 100;
  public static final long DEFAULT_MAX_RESTORED_BYTES = 500L * 1024 * 1024;

  public ImportLimits {
    if (maxManifestBytes <= 0
        || maxArticles <= 0
        || maxAttachmentsPerArticle < 0
        || maxRestoredBytes < 0) {
      throw new IllegalArgumentException("Import limits must be positive");
    }
  }

  public static ImportLimits defaults() {
    return new ImportLimits(
        DEFAULT_MAX_MANIFEST_BYTES,
        DEFAULT_MAX_ARTICLES,
        DEFAULT_MAX_ATTACHMENTS_PER_ARTICLE,
        DEFAULT_MAX_RESTORED_BYTES);
  }
}
