package io.kbplatform.bench.indexing;

import io.kbplatform.bench.corpus.CorpusArticle;
import io.kbplatform.bench.corpus.CorpusLayout;
import io.kbplatform.bench.corpus.CorpusSpace;
import io.kbplatform.content.article.ArticleStatus;
import io.kbplatform.content.article.PublishedArticle;
import io.kbplatform.content.feedback.ArticleHelpfulness;
import io.kbplatform.content.feedback.HelpfulVotes;
import io.kbplatform.content.permission.Principal;
import io.kbplatform.content.permission.ReadScope;
import io.kbplatform.search.cluster.SearchCluster;
import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.index.ArticleDocuments;
import io.kbplatform.search.index.ArticleIndex;
import io.kbplatform.search.index.ArticleUsage;
import io.kbplatform.search.semantic.ChunkVectors;
import io.kbplatform.search.semantic.Embedder;
import io.kbplatform.search.semantic.SemanticSettings;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The index documents of corpus articles, built by the app's own {@link ArticleDocuments} from the
 * {@link PublishedArticle} that {@code PublishedArticles} would read from the database.
 */
public final class CorpusDocuments {

  private final ArticleDocuments documents;
  private final Map<String, CorpusSpace> spaces;

  /**
   * Documents as the app builds them, with passages embedded by {@code embedder} (one that is
   * disabled gives none), for a database without feedback or clicks.
   */
  public CorpusDocuments(CorpusLayout layout, String esUrl, String alias, Embedder embedder) {
    SemanticSettings settings = SemanticSettings.defaults();
    SearchCluster cluster = new SearchCluster(esUrl);
    this.documents =
        new ArticleDocuments(
            new NoVotes(),
            new NoClicks(),
            new ChunkVectors(settings, embedder),
            embedder,
            settings,
            cluster,
            new ArticleIndex(cluster, alias, created -> {}));
    this.spaces =
        layout.spaces().stream().collect(Collectors.toMap(CorpusSpace::key, Function.identity()));
  }

  public ArticleDocument document(CorpusArticle a) {
    return documents.build(published(a));
  }

  /** Documents of a batch, as the rebuild builds them. */
  public List<ArticleDocument> documents(List<CorpusArticle> batch) {
    return documents.buildAll(batch.stream().map(this::published).toList());
  }

  PublishedArticle published(CorpusArticle a) {
    CorpusSpace space = spaces.get(a.spaceKey());
    Set<String> readers = new TreeSet<>();
    if (space.openToEveryone()) {
      readers.add(Principal.EVERYONE.token());
    }
    space.readerGroups().forEach(g -> readers.add(Principal.group(g).token()));
    Set<String> restricted = new TreeSet<>();
    if (a.restrictedTo().isEmpty()) {
      restricted.add(ReadScope.UNRESTRICTED);
    } else {
      a.restrictedTo().forEach(g -> restricted.add(Principal.group(g).token()));
      restricted.add(Principal.user(a.owner()).token());
    }
    return new PublishedArticle(
        a.id(),
        a.spaceKey(),
        a.categoryId(),
        a.template(),
        1,
        a.title(),
        a.body(),
        a.tags(),
        a.owner(),
        a.archived() ? ArticleStatus.ARCHIVED : ArticleStatus.PUBLISHED,
        a.needsReview(),
        a.publishedAt(),
        a.updatedAt(),
        readers,
        restricted,
        List.of());
  }

  /** The corpus has no clicks, as the database it was loaded into has none. */
  private static final class NoClicks extends ArticleUsage {
    @Override
    public Map<String, Double> popularity(List<String> articleIds) {
      return Map.of();
    }
  }

  /** The corpus has no feedback, as the database it was loaded into has none. */
  private static final class NoVotes extends ArticleHelpfulness {
    @Override
    public Map<String, HelpfulVotes> of(Collection<String> articleIds) {
      return Map.of();
    }
  }
}
