package io.kbplatform.search.rebuild;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.kbplatform.search.cluster.ClusterUnavailable;
import io.kbplatform.search.cluster.SearchCluster;
import io.kbplatform.search.index.ArticleDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Writes documents into one concrete index with bulk requests, versioned by the published version.
 * A document already there in the same or a newer version (written meanwhile by the outbox, which
 * read the database later) is left alone; that counts as written. Outages are retried a few times.
 */
@ApplicationScoped
public class BulkWriter {

  static final int MAX_DOCUMENTS = 500;
  static final long MAX_BYTES = 8L * 1024 * 1024;
  private static final int TRIES = 3;

  private SearchCluster cluster;

  protected BulkWriter() {}

  @Inject
  public BulkWriter(SearchCluster cluster) {
    this.cluster = cluster;
  }

  /** Loads documents; one already present in the same version is not replaced. */
  BulkOutcome load(String index, List<ArticleDocument> documents) throws IOException {
    return write(index, documents, List.of(), VersionType.External);
  }

  /** Writes fresh copies (same version replaces) and removes the given ids. */
  BulkOutcome refresh(String index, List<ArticleDocument> documents, Collection<String> removed)
      throws IOException {
    return write(index, documents, removed, VersionType.ExternalGte);
  }

  private BulkOutcome write(
      String index, List<ArticleDocument> documents, Collection<String> removed, VersionType type)
      throws IOException {
    BulkOutcome outcome = BulkOutcome.NONE;
    for (List<ArticleDocument> chunk : BulkChunks.split(documents, MAX_DOCUMENTS, MAX_BYTES)) {
      BulkRequest.Builder bulk = new BulkRequest.Builder();
      for (ArticleDocument d : chunk) {
        bulk.operations(
            op ->
                op.index(
                    i ->
                        i.index(index)
                            .id(d.id())
                            .version((long) d.version())
                            .versionType(type)
                            .document(d)));
      }
      outcome = outcome.plus(send(bulk.build()));
    }
    if (!removed.isEmpty()) {
      BulkRequest.Builder bulk = new BulkRequest.Builder();
      removed.forEach(id -> bulk.operations(op -> op.delete(d -> d.index(index).id(id))));
      BulkOutcome deletions = send(bulk.build());
      outcome = outcome.plus(deletions);
    }
    return outcome;
  }

  private BulkOutcome send(BulkRequest request) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        BulkResponse response = cluster.client().bulk(request);
        return outcome(response.items());
      } catch (IOException | RuntimeException e) {
        if (attempt >= TRIES || !ClusterUnavailable.isCause(e)) {
          throw e;
        }
        pause(attempt);
      }
    }
  }

  private static BulkOutcome outcome(List<BulkResponseItem> items) {
    int written = 0;
    int rejected = 0;
    String first = null;
    for (BulkResponseItem item : items) {
      boolean fine = item.error() == null || item.status() == 409 || item.status() == 404;
      if (fine) {
        written++;
      } else {
        rejected++;
        if (first == null) {
          first = item.id() + ": " + item.error().type() + ": " + item.error().reason();
        }
      }
    }
    return new BulkOutcome(written, rejected, first);
  }

  private static void pause(int attempt) throws IOException {
    try {
      Thread.sleep(1000L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted", e);
    }
  }
}
