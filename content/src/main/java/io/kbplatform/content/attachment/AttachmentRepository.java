package io.kbplatform.content.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds and stores attachment rows. */
@ApplicationScoped
public class AttachmentRepository implements BlobReferences {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public Optional<Attachment> find(String id) {
    return Optional.ofNullable(em.find(Attachment.class, id));
  }

  /** An article's attachments, oldest first. */
  public List<Attachment> ofArticle(String articleId) {
    return em.createQuery(
            "SELECT a FROM Attachment a WHERE a.articleId = :id ORDER BY a.uploadedAt, a.id",
            Attachment.class)
        .setParameter("id", articleId)
        .getResultList();
  }

  public List<String> textsOf(String articleId) {
    return em.createQuery(
            "SELECT a.extractedText FROM Attachment a WHERE a.articleId = :id"
                + " AND a.extractedText IS NOT NULL ORDER BY a.uploadedAt, a.id",
            String.class)
        .setParameter("id", articleId)
        .getResultList();
  }

  /** The extracted texts of many articles in one query, per article, oldest first. */
  public Map<String, List<String>> textsOf(Collection<String> articleIds) {
    Map<String, List<String>> texts = new HashMap<>();
    if (articleIds.isEmpty()) {
      return texts;
    }
    em.createQuery(
            "SELECT a.articleId, a.extractedText FROM Attachment a WHERE a.articleId IN :ids"
                + " AND a.extractedText IS NOT NULL ORDER BY a.uploadedAt, a.id",
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

  public List<String> blobKeysOf(String articleId) {
    return em.createQuery(
            "SELECT a.blobKey FROM Attachment a WHERE a.articleId = :id", String.class)
        .setParameter("id", articleId)
        .getResultList();
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

  public void remove(Attachment attachment) {
    em.remove(attachment);
  }
}
