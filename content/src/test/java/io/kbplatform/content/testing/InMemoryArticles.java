package io.kbplatform.content.testing;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleRepository;
import io.kbplatform.content.article.ArticleVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Articles and their versions in maps. It also keeps which version each new version was based on,
 * which decides the attachments a version carries (the repository announces it to attachments).
 */
public final class InMemoryArticles extends ArticleRepository {

  private final Map<String, Article> articles = new LinkedHashMap<>();
  private final Map<String, List<ArticleVersion>> versions = new HashMap<>();
  private final Map<String, Integer> basedOn = new HashMap<>();

  @Override
  public Optional<Article> find(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  @Override
  public Optional<ArticleVersion> findVersion(String articleId, int number) {
    return versions.getOrDefault(articleId, List.of()).stream()
        .filter(v -> v.number() == number)
        .findFirst();
  }

  @Override
  public List<ArticleVersion> versions(String articleId) {
    return versions.getOrDefault(articleId, List.of()).stream()
        .sorted(Comparator.comparingInt(ArticleVersion::number).reversed())
        .toList();
  }

  @Override
  public List<String> publishedIds() {
    return articles.values().stream()
        .filter(Article::isPublished)
        .map(Article::id)
        .sorted()
        .toList();
  }

  @Override
  public List<ArticleVersion> publishedVersions(Collection<String> articleIds) {
    return articleIds.stream()
        .map(articles::get)
        .filter(a -> a != null && a.isPublished())
        .flatMap(a -> findVersion(a.id(), a.publishedVersion().getAsInt()).stream())
        .toList();
  }

  @Override
  public List<String> publishedIdsInSpace(String spaceKey) {
    return articles.values().stream()
        .filter(a -> a.isPublished() && a.space().key().equals(spaceKey))
        .map(Article::id)
        .toList();
  }

  @Override
  public List<Object[]> publishedStates() {
    return articles.values().stream()
        .filter(Article::isPublished)
        .map(a -> new Object[] {a.id(), a.publishedVersion().getAsInt(), a.status()})
        .toList();
  }

  @Override
  public void add(ArticleVersion first) {
    articles.put(first.article().id(), first.article());
    versions.computeIfAbsent(first.article().id(), id -> new ArrayList<>()).add(first);
  }

  @Override
  public void addVersion(ArticleVersion version, int basedOn) {
    versions.computeIfAbsent(version.article().id(), id -> new ArrayList<>()).add(version);
    this.basedOn.put(version.article().id() + "/" + version.number(), basedOn);
  }

  @Override
  public void remove(Article article) {
    articles.remove(article.id());
    versions.remove(article.id());
  }

  public List<Article> all() {
    return List.copyOf(articles.values());
  }

  /** The version whose attachments a version started with; empty for a first version. */
  public OptionalInt basedOn(String articleId, int number) {
    Integer based = basedOn.get(articleId + "/" + number);
    return based == null ? OptionalInt.empty() : OptionalInt.of(based);
  }
}
