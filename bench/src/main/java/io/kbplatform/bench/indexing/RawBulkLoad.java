package io.kbplatform.bench.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.kbplatform.bench.corpus.CorpusArticle;
import io.kbplatform.search.index.ArticleDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The baseline, and how the corpus gets its passages: the documents the app's own {@code
 * ArticleDocuments} builds (with pooled vectors, see {@code PooledEmbedder}), serialised by the
 * same client and mapper, sent with {@code _bulk} in batches of the same size, one batch at a time,
 * into the app's live index (through its alias); refreshes are off during the load (as a bulk load
 * does) and the index is refreshed once at the end, which is included in the time. Building the
 * documents (and their vectors) is not timed, only the bulk requests and the refresh.
 */
public final class RawBulkLoad {

  private final ElasticsearchClient es;

  public RawBulkLoad(ElasticsearchClient es) {
    this.es = es;
  }

  public IndexingResult run(
      String index,
      int articles,
      IntFunction<CorpusArticle> corpus,
      Function<List<CorpusArticle>, List<ArticleDocument>> documents,
      int bulkSize)
      throws IOException {
    es.indices()
        .putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("-1"))));
    int failures = 0;
    long nanos = 0;
    for (int from = 0; from < articles; from += bulkSize) {
      List<CorpusArticle> batch = new ArrayList<>(bulkSize);
      for (int i = from; i < Math.min(articles, from + bulkSize); i++) {
        batch.add(corpus.apply(i));
      }
      List<BulkOperation> operations = new ArrayList<>(bulkSize);
      for (ArticleDocument d : documents.apply(batch)) {
        operations.add(BulkOperation.of(o -> o.index(i -> i.id(d.id()).document(d))));
      }
      long start = System.nanoTime();
      BulkResponse response = es.bulk(b -> b.index(index).operations(operations));
      nanos += System.nanoTime() - start;
      if (response.errors()) {
        failures += (int) response.items().stream().filter(i -> i.error() != null).count();
      }
    }
    long start = System.nanoTime();
    es.indices()
        .putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("1s"))));
    es.indices().refresh(r -> r.index(index));
    nanos += System.nanoTime() - start;
    long count = es.count(c -> c.index(index)).count();
    return IndexingResult.of(
        "raw _bulk into the app's index (sequential, refresh off)",
        articles,
        count,
        nanos,
        bulkSize,
        failures == 0 ? "" : failures + " documents rejected");
  }
}
