package io.kbplatform.search.synonym;

import java.util.List;

/**
 * One synonym set as search uses it.
 *
 * @param spaceKey the space it applies to, or null for a global set
 * @param terms the terms as the author wrote them
 */
public record SynonymGroup(String spaceKey, List<String> terms) {

  public SynonymGroup {
    terms = List.copyOf(terms);
  }
}
