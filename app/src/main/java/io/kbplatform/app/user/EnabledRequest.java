package io.kbplatform.app.user;

import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/admin/users/{username}/enabled}. */
public class EnabledRequest {

  @NotNull public Boolean enabled;
}
