package io.kbplatform.app.user;

import io.kbplatform.content.user.Role;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * The body of {@code PUT /api/admin/users/{username}/roles}: the complete new set of roles (a
 * class, not a record: see {@code SpaceRequest}).
 */
public class RolesRequest {

  @NotNull public Set<Role> roles;
}
