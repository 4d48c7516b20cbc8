package io.kbplatform.content.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The attachment storage a space may use ({@code kb.space.attachment-quota}, bytes), counted as the
 * blobs actually stored: a file attached many times in the space counts once, because its bytes are
 * stored once ({@link SharedBlobs}). Uploads and imports are both held to it.
 */
@ApplicationScoped
public class SpaceQuota {

  /** The space of an article, and the distinct blobs its articles refer to. */
  private static final String USED =
      "SELECT COALESCE(SUM(b.size_bytes), 0) FROM (SELECT att.blob_key, MAX(att.size_bytes)"
          + " AS size_bytes FROM attachment att JOIN article art ON art.id = att.article_id"
          + " WHERE art.space_id = (SELECT space_id FROM article WHERE id = ?1)"
          + " GROUP BY att.blob_key) b";

  private static final String HOLDS =
      "SELECT COUNT(*) FROM attachment att JOIN article art ON art.id = att.article_id"
          + " WHERE att.blob_key = ?2"
          + " AND art.space_id = (SELECT space_id FROM article WHERE id = ?1)";

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  private long quota;

  protected SpaceQuota() {}

  @Inject
  public SpaceQuota(
      @ConfigProperty(name = "kb.space.attachment-quota", defaultValue = "10737418240")
          long quota) {
    this.quota = quota;
  }

  /**
   * Refuses a file that the article's space has no room for; a file the space already holds is
   * always allowed, it takes no more room.
   */
  @Transactional
  public void requireRoom(String articleId, String blobKey, long size) {
    if (count(HOLDS, articleId, blobKey) > 0) {
      return;
    }
    long used = count(USED, articleId, null);
    if (exceeds(used, size, quota)) {
      throw new StorageQuotaExceededException(
          "The space's attachment storage would pass its quota of "
              + quota
              + " bytes ("
              + used
              + " bytes are used; this file has "
              + size
              + ").");
    }
  }

  static boolean exceeds(long used, long size, long quota) {
    return size > quota - used;
  }

  private long count(String sql, String articleId, String blobKey) {
    var query = em.createNativeQuery(sql).setParameter(1, articleId);
    if (blobKey != null) {
      query.setParameter(2, blobKey);
    }
    return ((Number) query.getSingleResult()).longValue();
  }
}
