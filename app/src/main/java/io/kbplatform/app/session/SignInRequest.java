package io.kbplatform.app.session;

import io.kbplatform.content.user.UserAccount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Username and password typed into the sign-in form. */
public class SignInRequest {

  @NotBlank
  @Size(max = UserAccount.USERNAME_LENGTH)
  public String username;

  @NotBlank
  @Size(max = 1024)
  public String password;
}
