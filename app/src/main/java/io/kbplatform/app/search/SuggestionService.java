package io.kbplatform.app.search;

import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.searchanalytics.PopularQueries;
import io.kbplatform.content.searchanalytics.QueryText;
import io.kbplatform.search.query.ArticleSuggestions;
import io.kbplatform.search.query.Suggestions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The autocomplete use case: titles the searcher may read (from the search module) and popular
 * queries of others (from the search log) that start with what was typed.
 */
@ApplicationScoped
public class SuggestionService {

  private ArticleSuggestions suggestions;
  private PopularQueries popular;
  private AccessPolicy policy;

  protected SuggestionService() {}

  @Inject
  public SuggestionService(
      ArticleSuggestions suggestions, PopularQueries popular, AccessPolicy policy) {
    this.suggestions = suggestions;
    this.popular = popular;
    this.policy = policy;
  }

  /** At most {@code limit} title and query suggestions for what was typed. */
  public Suggestions suggest(Actor searcher, String typed, int limit) {
    String prefix = typed.strip();
    return suggestions.suggest(
        prefix,
        limit,
        policy.readScope(searcher),
        popular.startingWith(QueryText.normalise(prefix), limit));
  }
}
