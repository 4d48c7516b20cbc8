package io.kbplatform.content.audit;

import io.kbplatform.content.common.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One recorded action: who did what to which thing, and when. Never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  public static final int ACTION_LENGTH = 40;
  public static final int TARGET_TYPE_LENGTH = 40;
  public static final int TARGET_ID_LENGTH = 200;

  public static final int DETAIL_LENGTH = 2000;

  @Id
  @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  private Long id;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(length = Columns.USERNAME_LENGTH, nullable = false, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(length = ACTION_LENGTH, nullable = false, updatable = false)
  private AuditAction action;

  @Column(name = "target_type", length = TARGET_TYPE_LENGTH, nullable = false, updatable = false)
  private String targetType;

  @Column(name = "target_id", length = TARGET_ID_LENGTH, updatable = false)
  private String targetId;

  @Column(length = DETAIL_LENGTH, updatable = false)
  private String detail;

  protected AuditEntry() {}

  AuditEntry(
      Instant at,
      String actor,
      AuditAction action,
      String targetType,
      String targetId,
      String detail) {
    this.createdAt = at;
    this.actor = truncate(actor, Columns.USERNAME_LENGTH);
    this.action = action;
    this.targetType = targetType;
    this.targetId = truncate(targetId, TARGET_ID_LENGTH);
    this.detail = truncate(detail, DETAIL_LENGTH);
  }

  private static String truncate(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length);
  }

  public long id() {
    return id;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String actor() {
    return actor;
  }

  public AuditAction action() {
    return action;
  }

  public String targetType() {
    return targetType;
  }

  public Optional<String> targetId() {
    return Optional.ofNullable(targetId);
  }

  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }
}
