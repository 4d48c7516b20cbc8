package io.kbplatform.search.index;

import io.kbplatform.content.article.PublishedArticle;
import io.kbplatform.content.feedback.ArticleHelpfulness;
import io.kbplatform.content.feedback.HelpfulVotes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Builds the index documents of published articles: the one place where indexing (outbox, rebuild)
 * turns database content into what the index stores, ranking signals included.
 */
@ApplicationScoped
public class ArticleDocuments {

  private static final HelpfulVotes NO_VOTES = new HelpfulVotes(0, 0);

  private ArticleHelpfulness helpfulness;

  protected ArticleDocuments() {}

  @Inject
  public ArticleDocuments(ArticleHelpfulness helpfulness) {
    this.helpfulness = helpfulness;
  }

  public ArticleDocument build(PublishedArticle article) {
    return buildAll(List.of(article)).get(0);
  }

  /** The documents of a batch of articles, in the same order, reading their signals at once. */
  public List<ArticleDocument> buildAll(List<PublishedArticle> articles) {
    Map<String, HelpfulVotes> votes =
        helpfulness.of(articles.stream().map(PublishedArticle::id).toList());
    return articles.stream()
        .map(
            article ->
                ArticleDocument.of(article)
                    .withSignals(votes.getOrDefault(article.id(), NO_VOTES).smoothedRatio(), 0.0))
        .toList();
  }
}
