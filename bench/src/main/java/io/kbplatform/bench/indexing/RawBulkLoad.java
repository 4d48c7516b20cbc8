package io.kbplatform.bench.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.index.ArticleIndex;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: the same documents, serialised by the same client and mapper, sent with {@code
 * _bulk} in batches of the same size, one batch at a time, into a scratch index created from the
 * app's own index definition; refreshes are off during the load (as a bulk load does) and the index
 * is refreshed once at the end, which is included in the time.
 */
public final class RawBulkLoad {

  static final String DEFINITION = "/search/kb-articles-index.json";

  private final ElasticsearchClient es;

  public RawBulkLoad(ElasticsearchClient es) {
    this.es = es;
  }

  public IndexingResult run(String index, List<ArticleDocument> documents, int bulkSize)
      throws IOException {
    if (es.indices().exists(e -> e.index(index)).value()) {
      es.indices().delete(d -> d.index(index));
    }
    try (InputStream definition = definition()) {
      es.indices().create(c -> c.index(index).withJson(definition));
    }
    es.indices()
        .putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("-1"))));
    int failures = 0;
    long start = System.nanoTime();
    for (int from = 0; from < documents.size(); from += bulkSize) {
      List<BulkOperation> operations = new ArrayList<>(bulkSize);
      for (ArticleDocument d :
          documents.subList(from, Math.min(documents.size(), from + bulkSize))) {
        operations.add(BulkOperation.of(o -> o.index(i -> i.id(d.id()).document(d))));
      }
      BulkResponse response = es.bulk(b -> b.index(index).operations(operations));
      if (response.errors()) {
        failures += (int) response.items().stream().filter(i -> i.error() != null).count();
      }
    }
    es.indices()
        .putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("1s"))));
    es.indices().refresh(r -> r.index(index));
    long nanos = System.nanoTime() - start;
    long count = es.count(c -> c.index(index)).count();
    return IndexingResult.of(
        "raw _bulk (sequential, refresh off)",
        documents.size(),
        count,
        nanos,
        bulkSize,
        failures == 0 ? "" : failures + " documents rejected");
  }

  static InputStream definition() throws IOException {
    InputStream in = ArticleIndex.class.getResourceAsStream(DEFINITION);
    if (in == null) {
      throw new IOException("Missing index definition " + DEFINITION + " in kb-search");
    }
    return in;
  }
}
