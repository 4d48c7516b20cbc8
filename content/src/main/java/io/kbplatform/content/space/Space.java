package io.kbplatform.content.space;

import io.kbplatform.content.common.Columns;
import io.kbplatform.content.common.NamedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A knowledge base of its own, such as the customer-service space "CS". */
@Entity
@Table(name = "space")
@AttributeOverride(
    name = "key",
    column =
        @Column(name = "space_key", length = Space.KEY_LENGTH, nullable = false, unique = true))
public class Space extends NamedEntity {

  public static final int KEY_LENGTH = 16;
  public static final String KEY_PATTERN = "[A-Z][A-Z0-9_]{0," + (KEY_LENGTH - 1) + "}";

  @Column(name = "created_by", length = Columns.USERNAME_LENGTH, nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Space() {}

  public Space(String key, String name, String description, String createdBy, Instant createdAt) {
    super(key, name, description);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
