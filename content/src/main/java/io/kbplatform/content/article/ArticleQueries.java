package io.kbplatform.content.article;

import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Lists of articles (my drafts, awaiting approval, a category's articles), trimmed per actor. */
@ApplicationScoped
public class ArticleQueries {

  private static final int MAX_SCANNED_PAGES = 20;

  private ArticleRepository articles;
  private AccessPolicy policy;

  protected ArticleQueries() {}

  @Inject
  public ArticleQueries(ArticleRepository articles, AccessPolicy policy) {
    this.articles = articles;
    this.policy = policy;
  }

  /**
   * Up to {@code limit} articles after the cursor that match the filter and that the actor may
   * read, most recently updated first, plus the cursor of the next page if there may be one.
   */
  @Transactional
  public ArticlePage list(Actor actor, ArticleFilter filter, ArticleCursor after, int limit) {
    List<Article> visible = new ArrayList<>();
    ArticleCursor cursor = after;
    for (int page = 0; page < MAX_SCANNED_PAGES && visible.size() < limit; page++) {
      List<Article> batch = articles.list(filter, cursor, limit + 1);
      for (Article article : batch) {
        cursor = ArticleCursor.after(article);
        if (policy.canView(actor, article)) {
          visible.add(article);
          if (visible.size() == limit) {
            boolean more = batch.indexOf(article) < batch.size() - 1 || batch.size() > limit;
            return new ArticlePage(visible, more ? cursor : null);
          }
        }
      }
      if (batch.size() <= limit) {
        return new ArticlePage(visible, null);
      }
    }
    return new ArticlePage(visible, cursor);
  }
}
