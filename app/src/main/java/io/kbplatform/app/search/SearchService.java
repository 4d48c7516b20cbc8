package io.kbplatform.app.search;

import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.search.query.ArticleSearch;
import io.kbplatform.search.query.SearchQuery;
import io.kbplatform.search.query.SearchResults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The search use case: runs a query through the search module within what the searcher may read,
 * records the search for analytics, and returns the results with the id that clicks on its hits
 * name. It spans the search module (the query) and content (permissions, the search log).
 */
@ApplicationScoped
public class SearchService {

  private ArticleSearch search;
  private AccessPolicy policy;
  private SearchRecording recording;

  protected SearchService() {}

  @Inject
  public SearchService(ArticleSearch search, AccessPolicy policy, SearchRecording recording) {
    this.search = search;
    this.policy = policy;
    this.recording = recording;
  }

  /** One search and its analytics id. */
  public record Outcome(UUID searchId, SearchResults results) {}

  /** Searches as the searcher and records the search, with the time it took to find the hits. */
  public Outcome search(Actor searcher, SearchQuery query) {
    long started = System.nanoTime();
    SearchResults results = search.search(query, policy.readScope(searcher));
    long latencyMillis = (System.nanoTime() - started) / 1_000_000;
    return new Outcome(recording.record(searcher, query, results, latencyMillis), results);
  }
}
