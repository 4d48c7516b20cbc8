package io.kbplatform.content.attachment;

import io.kbplatform.content.article.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and stores attachment rows and the attachment sets of article versions ({@link
 * VersionAttachment}). The search index reads the published version's set.
 */
@ApplicationScoped
public class AttachmentRepository implements BlobReferences {

  private static final String PUBLISHED_SET =
      "FROM Attachment a, VersionAttachment l, Article ar"
          + " WHERE l.attachmentId = a.id AND l.articleId = ar.id"
          + " AND l.versionNumber = ar.publishedVersion";

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public Optional<Attachment> find(String id) {
    return Optional.ofNullable(em.find(Attachment.class, id));
  }

  /** The attachments of one version of an article, oldest first. */
  public List<Attachment> ofVersion(String articleId, int number) {
    return em.createQuery(
            "SELECT a FROM Attachment a, VersionAttachment l WHERE l.attachmentId = a.id"
                + " AND l.articleId = :id AND l.versionNumber = :number"
                + " ORDER BY a.uploadedAt, a.id",
            Attachment.class)
        .setParameter("id", articleId)
        .setParameter("number", number)
        .getResultList();
  }

  /** The numbers of the versions that hold an attachment. */
  public List<Integer> versionsHolding(String attachmentId) {
    return em.createQuery(
            "SELECT l.versionNumber FROM VersionAttachment l WHERE l.attachmentId = :id",
            Integer.class)
        .setParameter("id", attachmentId)
        .getResultList();
  }

  /** The texts of the published version's attachments, for the article's search document. */
  public List<String> textsOf(String articleId) {
    return em.createQuery(
            "SELECT a.extractedText "
                + PUBLISHED_SET
                + " AND ar.id = :id AND a.extractedText IS NOT NULL ORDER BY a.uploadedAt, a.id",
            String.class)
        .setParameter("id", articleId)
        .getResultList();
  }

  /** The published versions' attachment texts of many articles in one query, oldest first. */
  public Map<String, List<String>> textsOf(Collection<String> articleIds) {
    Map<String, List<String>> texts = new HashMap<>();
    if (articleIds.isEmpty()) {
      return texts;
    }
    em.createQuery(
            "SELECT ar.id, a.extractedText "
                + PUBLISHED_SET
                + " AND ar.id IN :ids AND a.extractedText IS NOT NULL"
                + " ORDER BY a.uploadedAt, a.id",
            Object[].class)
        .setParameter("ids", articleIds)
        .getResultList()
        .forEach(
            row ->
                texts
                    .computeIfAbsent((String) row[0], k -> new ArrayList<>())
                    .add((String) row[1]));
    return texts;
  }

  /** The blobs of an article's attachments that no other article's attachment uses. */
  public List<String> blobKeysOnlyOf(String articleId) {
    return em.createQuery(
            "SELECT DISTINCT a.blobKey FROM Attachment a WHERE a.articleId = :id"
                + " AND NOT EXISTS (SELECT b.id FROM Attachment b"
                + " WHERE b.blobKey = a.blobKey AND b.articleId <> :id)",
            String.class)
        .setParameter("id", articleId)
        .getResultList();
  }

  /**
   * Holds the article's row until the transaction ends, so that an attachment change and a save of
   * the text (which copies the attachment set) do not interleave. The ETag is not changed.
   */
  public void lock(Article article) {
    em.lock(article, LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * Whether any row refers to the key. Asked after the deleting transaction committed, so in a
   * transaction of its own.
   */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean isReferenced(String blobKey) {
    return !em.createQuery("SELECT a.id FROM Attachment a WHERE a.blobKey = :key", String.class)
        .setParameter("key", blobKey)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public void add(Attachment attachment) {
    em.persist(attachment);
  }

  /** Adds an attachment to a version's set; the attachment row is written first. */
  public void link(String articleId, int number, String attachmentId) {
    em.flush();
    em.persist(new VersionAttachment(articleId, number, attachmentId));
  }

  /** Removes an attachment from a version's set (after writing the set a new version copied). */
  public void unlink(String articleId, int number, String attachmentId) {
    em.flush();
    em.createQuery(
            "DELETE FROM VersionAttachment l WHERE l.articleId = :id"
                + " AND l.versionNumber = :number AND l.attachmentId = :attachment")
        .setParameter("id", articleId)
        .setParameter("number", number)
        .setParameter("attachment", attachmentId)
        .executeUpdate();
  }

  /** Gives version {@code to} the attachment set of version {@code from}. */
  public void copyLinks(String articleId, int from, int to) {
    ofVersion(articleId, from)
        .forEach(a -> em.persist(new VersionAttachment(articleId, to, a.id())));
  }

  public boolean isHeldByAnyVersion(String attachmentId) {
    return !versionsHolding(attachmentId).isEmpty();
  }

  public void remove(Attachment attachment) {
    em.remove(attachment);
  }
}
