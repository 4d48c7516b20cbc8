package io.kbplatform.app.article;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The groups an article is restricted to; empty for none. */
public class RestrictionRequest {

  @NotNull
  @Size(max = 50)
  public List<String> groups;

  Set<String> groupSet() {
    return new TreeSet<>(groups.stream().map(String::strip).toList());
  }
}
