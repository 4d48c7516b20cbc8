package io.kbplatform.bench.embedding;

import io.kbplatform.bench.corpus.CorpusArticle;
import io.kbplatform.bench.driver.Percentiles;
import io.kbplatform.search.index.MarkdownText;
import java.util.List;

/**
 * Times the model in this JVM while the app and Elasticsearch are idle: loading it, embedding each
 * query of the mix (after a warm-up), and chunking + embedding a sample of articles.
 */
public final class EmbeddingCost {

  /** Milliseconds unless said otherwise; the projection is for the whole corpus on this machine. */
  public record Result(
      String backend,
      double loadSeconds,
      int queries,
      double queryP50Ms,
      double queryP95Ms,
      double queryMeanMs,
      int articles,
      double chunksPerArticle,
      double articleMeanMs,
      double articleP95Ms,
      double chunkMeanMs,
      double projectedCorpusHours,
      String error) {}

  private final EmbeddingBackend backend;

  public EmbeddingCost(EmbeddingBackend backend) {
    this.backend = backend;
  }

  public Result run(List<String> queries, List<CorpusArticle> sample, int corpusSize) {
    long t0 = System.nanoTime();
    try {
      backend.load();
    } catch (RuntimeException | LinkageError e) {
      return new Result(backend.describe(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, e.toString());
    }
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    for (String q : queries) {
      backend.embedQuery(q); // warm-up
    }
    int rounds = 5;
    long[] queryTimes = new long[queries.size() * rounds];
    int k = 0;
    for (int r = 0; r < rounds; r++) {
      for (String q : queries) {
        long s = System.nanoTime();
        backend.embedQuery(q);
        queryTimes[k++] = System.nanoTime() - s;
      }
    }
    long[] articleTimes = new long[sample.size()];
    long chunks = 0;
    for (int i = 0; i < sample.size(); i++) {
      CorpusArticle a = sample.get(i);
      long s = System.nanoTime();
      chunks += backend.embedArticle(a.title(), MarkdownText.plain(a.body()));
      articleTimes[i] = System.nanoTime() - s;
    }
    Percentiles q = new Percentiles(queryTimes);
    Percentiles a = new Percentiles(articleTimes);
    double articleMean = a.mean() / 1e6;
    return new Result(
        backend.describe(),
        round(loadSeconds),
        queryTimes.length,
        round(q.at(50) / 1e6),
        round(q.at(95) / 1e6),
        round(q.mean() / 1e6),
        sample.size(),
        round((double) chunks / Math.max(1, sample.size())),
        round(articleMean),
        round(a.at(95) / 1e6),
        round(articleMean * sample.size() / Math.max(1, chunks)),
        round(articleMean * corpusSize / 3_600_000.0),
        null);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
