package io.kbplatform.app.space;

import io.kbplatform.content.space.NewSpace;
import io.kbplatform.content.space.Space;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/spaces}. */
public record SpaceRequest(
    @NotBlank
        @Pattern(
            regexp = Space.KEY_PATTERN,
            message = "must be 1-16 capital letters, digits or _ starting with a letter")
        String key,
    @NotBlank @Size(max = Space.NAME_LENGTH) String name,
    @Size(max = Space.DESCRIPTION_LENGTH) String description) {

  NewSpace toNewSpace() {
    return new NewSpace(key, name.strip(), description);
  }
}
