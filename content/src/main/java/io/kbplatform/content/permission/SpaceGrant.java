package io.kbplatform.content.permission;

import io.kbplatform.content.common.Columns;
import io.kbplatform.content.space.Space;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One principal's access level on one space. */
@Entity
@Table(name = "space_grant")
public class SpaceGrant {

  public static final int PRINCIPAL_TYPE_LENGTH = 10;

  public static final int PRINCIPAL_LENGTH = 64;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "space_id", nullable = false, updatable = false)
  private Space space;

  @Enumerated(EnumType.STRING)
  @Column(
      name = "principal_type",
      length = PRINCIPAL_TYPE_LENGTH,
      nullable = false,
      updatable = false)
  private PrincipalType principalType;

  @Column(length = PRINCIPAL_LENGTH, nullable = false, updatable = false)
  private String principal;

  @Enumerated(EnumType.STRING)
  @Column(name = "access_level", length = Columns.ENUM_LENGTH, nullable = false)
  private AccessLevel level;

  @Column(name = "granted_by", length = Columns.USERNAME_LENGTH, nullable = false)
  private String grantedBy;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  protected SpaceGrant() {}

  public SpaceGrant(Space space, Principal principal, AccessLevel level, String by, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.space = space;
    this.principalType = principal.type();
    this.principal = principal.name();
    change(level, by, at);
  }

  public void change(AccessLevel level, String by, Instant at) {
    this.level = level;
    this.grantedBy = by;
    this.grantedAt = at;
  }

  public Principal principal() {
    return new Principal(principalType, principal);
  }

  public AccessLevel level() {
    return level;
  }

  public String grantedBy() {
    return grantedBy;
  }

  public Instant grantedAt() {
    return grantedAt;
  }
}
