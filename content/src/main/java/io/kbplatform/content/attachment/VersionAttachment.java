package io.kbplatform.content.attachment;

import io.kbplatform.content.common.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** That one version of an article holds one attachment: a row of the version's attachment set. */
@Entity
@Table(name = "article_version_attachment")
@IdClass(VersionAttachment.Key.class)
public class VersionAttachment {

  @Id
  @Column(name = "article_id", length = Columns.ID_LENGTH)
  private String articleId;

  @Id
  @Column(name = "version_number")
  private int versionNumber;

  @Id
  @Column(name = "attachment_id", length = Columns.ID_LENGTH)
  private String attachmentId;

  protected VersionAttachment() {}

  VersionAttachment(String articleId, int versionNumber, String attachmentId) {
    this.articleId = articleId;
    this.versionNumber = versionNumber;
    this.attachmentId = attachmentId;
  }

  /** The composite key (a plain class: JPA cannot build records as id classes). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String articleId;
    private int versionNumber;
    private String attachmentId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && versionNumber == k.versionNumber
          && Objects.equals(articleId, k.articleId)
          && Objects.equals(attachmentId, k.attachmentId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(articleId, versionNumber, attachmentId);
    }
  }
}
