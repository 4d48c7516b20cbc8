package io.kbplatform.search.query;

import java.util.List;

/**
 * What to offer while a query is typed: article titles that start with it (with the typed words
 * marked) and popular queries of others that found articles the caller may read.
 */
public record Suggestions(List<Title> titles, List<String> queries) {

  /** A title suggestion; {@code highlighted} is HTML-escaped except for {@code <mark>} tags. */
  public record Title(String id, String space, String title, String highlighted) {}
}
