package io.kbplatform.content.article;

import io.kbplatform.content.common.paging.Cursor;
import io.kbplatform.content.common.paging.Page;
import io.kbplatform.content.common.paging.PageRequest;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.permission.ListScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * Lists of articles (my drafts, awaiting approval, a category's articles) and single articles, as
 * the actor sees them: readers never see a draft, its title or a sign that one exists.
 */
@ApplicationScoped
public class ArticleQueries {

  private ArticleRepository articles;
  private AccessPolicy policy;

  protected ArticleQueries() {}

  @Inject
  public ArticleQueries(ArticleRepository articles, AccessPolicy policy) {
    this.articles = articles;
    this.policy = policy;
  }

  /**
   * The page of articles after the cursor that match the filter and that the actor may read, most
   * recently changed first, plus the cursor of the next page if there is one.
   */
  @Transactional
  public Page<SeenArticle> list(Actor actor, ArticleFilter filter, PageRequest page) {
    ListScope scope = policy.listScope(actor);
    return Page.of(
            articles.list(filter, scope, page),
            page,
            a -> new Cursor(SeenArticle.changedAt(a, scope.editsIn(a.space().key())), a.id()))
        .mapAll(shown -> seen(shown, scope));
  }

  /** The articles as the actor sees them: readers by their published title. */
  private List<SeenArticle> seen(List<Article> shown, ListScope scope) {
    Map<String, String> publishedTitles =
        articles.publishedTitles(
            shown.stream().filter(a -> !scope.editsIn(a.space().key())).map(Article::id).toList());
    return shown.stream()
        .map(
            a ->
                scope.editsIn(a.space().key())
                    ? SeenArticle.byEditor(a)
                    : SeenArticle.byReader(a, publishedTitles.get(a.id())))
        .toList();
  }

  /** One article the actor may read, as it sees it. */
  @Transactional
  public SeenArticle seenBy(Actor actor, Article article) {
    if (policy.seesDrafts(actor, article)) {
      return SeenArticle.byEditor(article);
    }
    String title = articles.publishedTitles(List.of(article.id())).get(article.id());
    return SeenArticle.byReader(article, title);
  }
}
