package io.kbplatform.app.synonym;

import io.kbplatform.content.synonym.SynonymSet;
import java.util.List;

/** The synonym sets of one scope, oldest first: a space's, or the global ones (space null). */
public record SynonymListView(String space, List<SynonymView> items) {

  static SynonymListView of(String space, List<SynonymSet> sets) {
    return new SynonymListView(space, sets.stream().map(SynonymView::of).toList());
  }
}
