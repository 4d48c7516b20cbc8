package io.kbplatform.app.group;

import io.kbplatform.app.validation.NoControlCharacters;
import io.kbplatform.content.group.Group;
import io.kbplatform.content.group.NewGroup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/admin/groups}. */
public class GroupRequest {

  @NotBlank
  @Pattern(
      regexp = Group.KEY_PATTERN,
      message = "must be 1-64 lower-case letters, digits, '.', '_' or '-'")
  public String key;

  @NotBlank
  @Size(max = Group.NAME_LENGTH)
  @NoControlCharacters
  public String name;

  @Size(max = Group.DESCRIPTION_LENGTH)
  public String description;

  NewGroup toNewGroup() {
    return new NewGroup(key, name.strip(), description);
  }
}
