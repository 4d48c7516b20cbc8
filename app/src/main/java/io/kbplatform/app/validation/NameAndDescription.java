package io.kbplatform.app.validation;

import io.kbplatform.content.common.NamedEntity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The name and description of a request body that creates a {@link NamedEntity} (a space, a group),
 * with the limits of their columns. A class with fields rather than a record: Payara's OpenAPI
 * generator fails on constraints that a record copies onto its constructor parameters.
 */
public abstract class NameAndDescription {

  @NotBlank
  @Size(max = NamedEntity.NAME_LENGTH)
  @NoControlCharacters
  public String name;

  @Size(max = NamedEntity.DESCRIPTION_LENGTH)
  public String description;
}
