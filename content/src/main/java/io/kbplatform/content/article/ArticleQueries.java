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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
    return page(policy.listScope(actor), filter, page);
  }

  /**
   * The page of articles in review that wait for the actor's approval, across every space where it
   * publishes (administrators: all), most recently changed first.
   */
  @Transactional
  public Page<SeenArticle> awaitingApproval(Actor actor, PageRequest page) {
    ArticleFilter inReview =
        new ArticleFilter(null, null, ArticleStatus.IN_REVIEW, null, null, null, null);
    return page(policy.approvalScope(actor), inReview, page);
  }

  /**
   * Those of the given articles that the actor may see in a list, as it sees them, by id: the
   * titles and spaces a list that names articles by id (feedback, requests) may show. Articles the
   * actor may not read are absent, so nothing of them leaks.
   */
  @Transactional
  public Map<String, SeenArticle> seenAmong(Actor actor, Collection<String> articleIds) {
    ListScope scope = policy.listScope(actor);
    return seen(scope, articles.visibleAmong(scope, Set.copyOf(articleIds))).stream()
        .collect(Collectors.toMap(s -> s.article().id(), s -> s));
  }

  private Page<SeenArticle> page(ListScope scope, ArticleFilter filter, PageRequest page) {
    return Page.of(
            articles.list(filter, scope, page),
            page,
            a -> new Cursor(SeenArticle.changedAt(a, scope.editsIn(a.space().key())), a.id()))
        .mapAll(shown -> seen(scope, shown));
  }

  /** Articles as the scope's actor sees them: editors the latest version, readers the published. */
  private List<SeenArticle> seen(ListScope scope, List<Article> page) {
    Map<String, String> publishedTitles =
        articles.publishedTitles(
            page.stream().filter(a -> !scope.editsIn(a.space().key())).map(Article::id).toList());
    return page.stream()
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
