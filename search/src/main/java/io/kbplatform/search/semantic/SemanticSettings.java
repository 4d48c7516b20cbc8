package io.kbplatform.search.semantic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tunable numbers of semantic retrieval ({@code kb.search.semantic.*}); see ADR 0009 for why
 * the defaults are what they are.
 */
@ApplicationScoped
public class SemanticSettings {

  private int chunkChars;
  private int maxChunks;
  private int k;
  private int numCandidates;
  private float minSimilarity;
  private float relativeMargin;
  private int rrfK;
  private double keywordWeight;
  private double semanticWeight;
  private int depth;
  private int keywordLead;

  protected SemanticSettings() {}

  @Inject
  public SemanticSettings(
      @ConfigProperty(name = "kb.search.semantic.chunk-chars", defaultValue = "500") int chunkChars,
      @ConfigProperty(name = "kb.search.semantic.max-chunks", defaultValue = "40") int maxChunks,
      @ConfigProperty(name = "kb.search.semantic.k", defaultValue = "20") int k,
      @ConfigProperty(name = "kb.search.semantic.num-candidates", defaultValue = "100")
          int numCandidates,
      @ConfigProperty(name = "kb.search.semantic.min-similarity", defaultValue = "0.45")
          float minSimilarity,
      @ConfigProperty(name = "kb.search.semantic.relative-margin", defaultValue = "0.08")
          float relativeMargin,
      @ConfigProperty(name = "kb.search.semantic.rrf-k", defaultValue = "60") int rrfK,
      @ConfigProperty(name = "kb.search.semantic.keyword-weight", defaultValue = "1.0")
          double keywordWeight,
      @ConfigProperty(name = "kb.search.semantic.semantic-weight", defaultValue = "1.0")
          double semanticWeight,
      @ConfigProperty(name = "kb.search.semantic.fusion-depth", defaultValue = "20") int depth,
      @ConfigProperty(name = "kb.search.semantic.keyword-lead", defaultValue = "1")
          int keywordLead) {
    this.chunkChars = chunkChars;
    this.maxChunks = maxChunks;
    this.k = k;
    this.numCandidates = Math.max(numCandidates, k);
    this.minSimilarity = minSimilarity;
    this.relativeMargin = relativeMargin;
    this.rrfK = rrfK;
    this.keywordWeight = keywordWeight;
    this.semanticWeight = semanticWeight;
    this.depth = depth;
    this.keywordLead = keywordLead;
  }

  /** The defaults, for tests and tools outside CDI. */
  public static SemanticSettings defaults() {
    return new SemanticSettings(500, 40, 20, 100, 0.45f, 0.08f, 60, 1.0, 1.0, 20, 1);
  }

  /** Longest passage, in characters. */
  public int chunkChars() {
    return chunkChars;
  }

  /** Most passages embedded per article. */
  public int maxChunks() {
    return maxChunks;
  }

  /** How many articles the kNN query returns. */
  public int k() {
    return k;
  }

  /** Candidates per shard the HNSW search considers (at least {@link #k()}). */
  public int numCandidates() {
    return numCandidates;
  }

  /** Least cosine similarity of a passage to the query for its article to count as a hit. */
  public float minSimilarity() {
    return minSimilarity;
  }

  /**
   * Passages less similar than the best one by more than this (cosine) do not count: bge-small-zh
   * puts unrelated Chinese passages at 0.35–0.5, so an absolute floor alone lets some through.
   */
  public float relativeMargin() {
    return relativeMargin;
  }

  /** The k of reciprocal rank fusion. */
  public int rrfK() {
    return rrfK;
  }

  public double keywordWeight() {
    return keywordWeight;
  }

  public double semanticWeight() {
    return semanticWeight;
  }

  /** How many hits of each list take part in the fusion. */
  public int depth() {
    return depth;
  }

  /** How many of the best keyword hits keep the top places whatever the semantic list says. */
  public int keywordLead() {
    return keywordLead;
  }
}
