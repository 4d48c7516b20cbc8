package io.kbplatform.app.group;

import io.kbplatform.app.validation.NameAndDescription;
import io.kbplatform.content.group.Group;
import io.kbplatform.content.group.NewGroup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The body of {@code POST /api/admin/groups}. */
public class GroupRequest extends NameAndDescription {

  @NotBlank
  @Pattern(
      regexp = Group.KEY_PATTERN,
      message = "must be 1-" + Group.KEY_LENGTH + " lower-case letters, digits, '.', '_' or '-'")
  public String key;

  NewGroup toNewGroup() {
    return new NewGroup(key, name.strip(), description);
  }
}
