package io.kbplatform.search.evaluation;

import java.util.List;

/** A named list of judged queries, as read from a judgments file. */
public record JudgedSet(String name, List<String> spaces, List<JudgedQuery> queries) {

  public JudgedSet {
    spaces = spaces == null ? List.of() : List.copyOf(spaces);
    queries = List.copyOf(queries);
  }

  /** A set searched in every space the evaluating user may read. */
  public JudgedSet(String name, List<JudgedQuery> queries) {
    this(name, List.of(), queries);
  }
}
