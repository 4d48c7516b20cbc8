package io.kbplatform.app.permission;

import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.PrincipalType;
import io.kbplatform.content.permission.SpaceGrant;
import java.time.Instant;

/** A grant as the API shows it. */
public record GrantView(
    PrincipalType principalType,
    String principal,
    AccessLevel level,
    String grantedBy,
    Instant grantedAt) {

  static GrantView of(SpaceGrant grant) {
    return new GrantView(
        grant.principal().type(),
        grant.principal().name(),
        grant.level(),
        grant.grantedBy(),
        grant.grantedAt());
  }
}
