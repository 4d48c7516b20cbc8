package io.kbplatform.app.search;

import io.kbplatform.app.searchanalytics.SearchClickRequest;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.searchanalytics.SearchLog;
import io.kbplatform.content.searchanalytics.SearchRecord;
import io.kbplatform.content.searchanalytics.SearcherPseudonyms;
import io.kbplatform.content.space.SpaceService;
import io.kbplatform.search.query.Facet;
import io.kbplatform.search.query.SearchHit;
import io.kbplatform.search.query.SearchQuery;
import io.kbplatform.search.query.SearchResults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records a search for analytics and the clicks on its hits, bound to the searcher: the search
 * keeps the searcher's pseudonym, the articles it showed and the spaces it was made in, so that
 * only the searcher can click, only on what was shown, and reports show the query only to
 * administrators of those spaces.
 */
@ApplicationScoped
public class SearchRecording {

  private SearchLog log;
  private SearcherPseudonyms pseudonyms;
  private SpaceService spaces;
  private ArticleService articles;

  protected SearchRecording() {}

  @Inject
  public SearchRecording(
      SearchLog log, SearcherPseudonyms pseudonyms, SpaceService spaces, ArticleService articles) {
    this.log = log;
    this.pseudonyms = pseudonyms;
    this.spaces = spaces;
    this.articles = articles;
  }

  /** Records a search and returns its id, which clicks on its hits name. */
  public UUID record(
      Actor searcher, SearchQuery request, SearchResults results, long latencyMillis) {
    return log.record(
        new SearchRecord(
            request.text(),
            request.filters(),
            request.sort().name().toLowerCase(Locale.ROOT),
            results.total(),
            latencyMillis,
            SearchRecord.highestRole(searcher.roles()),
            request.after() == null,
            null,
            pseudonyms.of(searcher.username()),
            results.hits().stream().map(SearchHit::id).toList(),
            attributedSpaces(searcher, request)));
  }

  /**
   * The spaces a search was made in: those the searcher could read, narrowed to the space filter
   * when there is one. A search without a filter spans every space the searcher could read, so its
   * query is shown to the administrators of each; a filter on a space the searcher cannot read
   * attributes the search to no space (only administrators of the whole system see it), so nobody
   * can plant queries in another space's reports.
   */
  Set<String> attributedSpaces(Actor searcher, SearchQuery request) {
    Set<String> readable = spaces.readableKeys(searcher);
    List<String> filter = request.filters().get(Facet.SPACE.key());
    if (filter == null || filter.isEmpty()) {
      return readable;
    }
    return filter.stream().filter(readable::contains).collect(Collectors.toSet());
  }

  /** Records the searcher's click on a hit of their own search (see {@link SearchLog#click}). */
  public void click(Actor clicker, UUID searchId, SearchClickRequest body) {
    log.click(
        searchId,
        pseudonyms.of(clicker.username()),
        body.articleId,
        body.position,
        articleId -> mayRead(clicker, articleId));
  }

  private boolean mayRead(Actor actor, String articleId) {
    try {
      articles.get(actor, articleId);
      return true;
    } catch (NotFoundException | ForbiddenException e) {
      return false;
    }
  }
}
