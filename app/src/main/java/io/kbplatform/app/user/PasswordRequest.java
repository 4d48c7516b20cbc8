package io.kbplatform.app.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/admin/users/{username}/password}: the new password. */
public class PasswordRequest {

  @NotNull
  @Size(min = 10, max = 200, message = "must be 10 to 200 characters")
  public String password;
}
