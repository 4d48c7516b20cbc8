package io.kbplatform.content.space;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A knowledge base of its own, such as the customer-service space "CS". */
@Entity
@Table(name = "space")
public class Space {

  public static final int KEY_LENGTH = 16;
  public static final String KEY_PATTERN = "[A-Z][A-Z0-9_]{0,15}";
  public static final int NAME_LENGTH = 200;
  public static final int DESCRIPTION_LENGTH = 2000;

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "space_key", length = KEY_LENGTH, nullable = false, unique = true)
  private String key;

  @Column(length = NAME_LENGTH, nullable = false)
  private String name;

  @Column(length = DESCRIPTION_LENGTH)
  private String description;

  @Column(name = "created_by", length = 64, nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Space() {}

  public Space(String key, String name, String description, String createdBy, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.key = key;
    this.name = name;
    this.description = description;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public String id() {
    return id;
  }

  public String key() {
    return key;
  }

  public String name() {
    return name;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
