package io.kbplatform.search.synonym;

import io.kbplatform.search.synonym.SynonymExpansion.Group;
import io.kbplatform.search.synonym.SynonymExpansion.Span;
import java.util.ArrayList;
import java.util.List;

/** Finds every occurrence of every term of the synonym sets in a normalised query. */
final class TermSpans {

  private TermSpans() {}

  static List<Span> find(String text, List<Group> groups) {
    List<Span> spans = new ArrayList<>();
    for (Group group : groups) {
      for (String term : group.terms()) {
        int at = SynonymExpansion.indexOf(text, term, 0);
        while (at >= 0) {
          spans.add(new Span(group, term, at, at + term.length()));
          at = SynonymExpansion.indexOf(text, term, at + 1);
        }
      }
    }
    return spans;
  }
}
