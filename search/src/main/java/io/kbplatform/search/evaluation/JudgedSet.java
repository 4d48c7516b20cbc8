package io.kbplatform.search.evaluation;

import java.util.List;

/** A named list of judged queries, as read from a judgments file. */
public record JudgedSet(String name, List<JudgedQuery> queries) {

  public JudgedSet {
    queries = List.copyOf(queries);
  }
}
