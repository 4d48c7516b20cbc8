package io.kbplatform.bench.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.kbplatform.bench.corpus.CorpusGenerator;
import io.kbplatform.bench.embedding.PooledEmbedder;
import io.kbplatform.search.semantic.Embedder;
import io.kbplatform.search.semantic.EmbedderStatus;
import io.kbplatform.search.semantic.SemanticSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Puts the corpus into the app's index with passage vectors, without embedding every passage: the
 * passages of the first {@code pool} articles are embedded by the real model (once; the pool is
 * cached under {@code work/vector-pool/}), every other passage borrows a pool vector (see {@link
 * PooledEmbedder}), and the documents, built by the app's own {@code ArticleDocuments}, are sent
 * with {@code _bulk} into the app's live index, with the content hash the app gives them, so that a
 * rebuild that reuses the vectors of unchanged articles can reuse these.
 */
public final class PooledIndexing {

  /** What the pool is and what the bulk load took. */
  public record Result(
      int poolArticles,
      int poolPassages,
      String poolSource,
      double poolEmbedSeconds,
      IndexingResult bulk) {}

  private final CorpusGenerator corpus;
  private final Path work;
  private final Consumer<String> log;

  public PooledIndexing(CorpusGenerator corpus, Path work, Consumer<String> log) {
    this.corpus = corpus;
    this.work = work;
    this.log = log;
  }

  public Result run(
      ElasticsearchClient es,
      String esUrl,
      String alias,
      int articles,
      int poolArticles,
      int bulkSize)
      throws IOException {
    int pool = Math.min(poolArticles, articles);
    SemanticSettings settings = SemanticSettings.defaults();
    Path file =
        work.resolve("vector-pool")
            .resolve(
                "seed"
                    + corpus.seed()
                    + "-articles"
                    + pool
                    + "-chars"
                    + settings.chunkChars()
                    + "-max"
                    + settings.maxChunks()
                    + ".bin");
    PooledEmbedder pooled = new PooledEmbedder();
    CorpusDocuments documents = new CorpusDocuments(corpus.layout(), esUrl, alias, pooled);
    String source;
    if (Files.isRegularFile(file)) {
      pooled.load(file);
      source = "cached " + file.getFileName();
      log.accept("Vector pool: " + pooled.size() + " passages from " + file);
    } else {
      log.accept("Vector pool: embedding the passages of the first " + pool + " articles");
      Embedder model = new Embedder(true, Embedder.DEFAULT_MODEL, false, work.resolve("djl"));
      EmbedderStatus status = model.load();
      if (!model.ready()) {
        throw new IOException("The embedding model did not load: " + status);
      }
      pooled.learnFrom(model);
      for (int from = 0; from < pool; from += bulkSize) {
        int to = Math.min(pool, from + bulkSize);
        documents.documents(
            java.util.stream.IntStream.range(from, to).mapToObj(corpus::article).toList());
      }
      pooled.closePool();
      pooled.save(file);
      source = "embedded now (" + Math.round(pooled.embedSeconds()) + " s)";
      log.accept(
          "Vector pool: "
              + pooled.size()
              + " passages embedded in "
              + Math.round(pooled.embedSeconds())
              + " s");
    }
    IndexingResult bulk =
        new RawBulkLoad(es).run(alias, articles, corpus::article, documents::documents, bulkSize);
    return new Result(
        pool, pooled.size(), source, Math.round(pooled.embedSeconds() * 10) / 10.0, bulk);
  }
}
