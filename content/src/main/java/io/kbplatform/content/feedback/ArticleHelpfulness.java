package io.kbplatform.content.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;

/** The votes of articles, for ranking: no actor, because only indexing reads them. */
@ApplicationScoped
public class ArticleHelpfulness {

  private FeedbackRepository feedback;

  protected ArticleHelpfulness() {}

  @Inject
  public ArticleHelpfulness(FeedbackRepository feedback) {
    this.feedback = feedback;
  }

  /** Votes of the articles that have any; articles without votes are absent. */
  @Transactional
  public Map<String, HelpfulVotes> of(Collection<String> articleIds) {
    return feedback.votes(articleIds);
  }
}
