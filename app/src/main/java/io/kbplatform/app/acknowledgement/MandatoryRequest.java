package io.kbplatform.app.acknowledgement;

import io.kbplatform.content.common.InvalidRequestException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The groups that must acknowledge an article; empty for none (a class: see SpaceRequest). */
public class MandatoryRequest {

  @NotNull
  @Size(max = 50)
  public List<String> groups;

  Set<String> groupSet() {
    if (groups.contains(null)) {
      throw new InvalidRequestException("groups must not contain null.");
    }
    return new TreeSet<>(groups.stream().map(String::strip).toList());
  }
}
