package io.kbplatform.app.permission;

import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.PrincipalType;
import io.kbplatform.content.permission.SpaceGrant;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/spaces/{key}/grants}: who gets which level. */
public class GrantRequest {

  @NotNull public PrincipalType principalType;

  /** A username or a group key; ignored for {@code EVERYONE}. */
  @Size(max = SpaceGrant.PRINCIPAL_LENGTH)
  public String principal;

  @NotNull public AccessLevel level;
}
