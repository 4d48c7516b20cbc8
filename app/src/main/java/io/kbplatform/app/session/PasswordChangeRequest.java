package io.kbplatform.app.session;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/session/password}: the current password and the new one. */
public class PasswordChangeRequest {

  @NotNull
  @Size(max = 1024)
  public String currentPassword;

  @NotNull
  @Size(min = 10, max = 200, message = "must be 10 to 200 characters")
  public String newPassword;
}
