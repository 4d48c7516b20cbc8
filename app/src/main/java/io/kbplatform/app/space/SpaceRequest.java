package io.kbplatform.app.space;

import io.kbplatform.app.validation.NameAndDescription;
import io.kbplatform.content.space.NewSpace;
import io.kbplatform.content.space.Space;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The body of {@code POST /api/spaces}. A class with fields rather than a record: Payara's OpenAPI
 * generator fails on constraints that a record copies onto its constructor parameters.
 */
public class SpaceRequest extends NameAndDescription {

  @NotBlank
  @Pattern(
      regexp = Space.KEY_PATTERN,
      message =
          "must be 1-" + Space.KEY_LENGTH + " capital letters, digits or _ starting with a letter")
  public String key;

  /** True for a space only its creator can see until it grants access; false by default. */
  public boolean restricted;

  NewSpace toNewSpace() {
    return new NewSpace(key, name.strip(), description, restricted);
  }
}
