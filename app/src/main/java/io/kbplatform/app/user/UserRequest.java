package io.kbplatform.app.user;

import io.kbplatform.app.validation.NoControlCharacters;
import io.kbplatform.content.user.NewUser;
import io.kbplatform.content.user.Role;
import io.kbplatform.content.user.UserAccount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The body of {@code POST /api/admin/users} (a class, not a record: see {@code SpaceRequest}). */
public class UserRequest {

  @NotBlank
  @Pattern(
      regexp = UserAccount.USERNAME_PATTERN,
      message = "must be 2-64 letters, digits or . _ @ - starting with a letter or digit")
  @NoControlCharacters
  public String username;

  @Size(max = UserAccount.DISPLAY_NAME_LENGTH)
  @NoControlCharacters
  public String displayName;

  @NotNull
  @Size(min = 10, max = 200, message = "must be 10 to 200 characters")
  public String password;

  @NotEmpty public Set<Role> roles;

  NewUser toNewUser() {
    EnumSet<Role> known = EnumSet.noneOf(Role.class);
    roles.stream().filter(Objects::nonNull).forEach(known::add);
    return new NewUser(username, displayName, password.toCharArray(), known);
  }
}
