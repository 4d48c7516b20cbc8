package io.kbplatform.search.semantic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
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
  private float minSimilarityLatin;
  private double strongKeywordRatio;

  /** Calibrated on the judged set and nonsense queries: see docs/search-relevance.md. */
  public static final float MIN_SIMILARITY = 0.52f;

  public static final float MIN_SIMILARITY_LATIN = 0.62f;
  public static final double STRONG_KEYWORD_RATIO = 0.8;

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  protected SemanticSettings() {}

  @Inject
  public SemanticSettings(
      @ConfigProperty(name = "kb.search.semantic.chunk-chars", defaultValue = "500") int chunkChars,
      @ConfigProperty(name = "kb.search.semantic.max-chunks", defaultValue = "40") int maxChunks,
      @ConfigProperty(name = "kb.search.semantic.k", defaultValue = "20") int k,
      @ConfigProperty(name = "kb.search.semantic.num-candidates", defaultValue = "100")
          int numCandidates,
      @ConfigProperty(name = "kb.search.semantic.min-similarity", defaultValue = "0.52")
          float minSimilarity,
      @ConfigProperty(name = "kb.search.semantic.relative-margin", defaultValue = "0.08")
          float relativeMargin,
      @ConfigProperty(name = "kb.search.semantic.rrf-k", defaultValue = "60") int rrfK,
      @ConfigProperty(name = "kb.search.semantic.keyword-weight", defaultValue = "1.0")
          double keywordWeight,
      @ConfigProperty(name = "kb.search.semantic.semantic-weight", defaultValue = "1.0")
          double semanticWeight,
      @ConfigProperty(name = "kb.search.semantic.fusion-depth", defaultValue = "20") int depth,
      @ConfigProperty(name = "kb.search.semantic.keyword-lead", defaultValue = "1") int keywordLead,
      @ConfigProperty(name = "kb.search.semantic.min-similarity-latin", defaultValue = "0.62")
          float minSimilarityLatin,
      @ConfigProperty(name = "kb.search.semantic.strong-keyword-ratio", defaultValue = "0.8")
          double strongKeywordRatio) {
    this(
        chunkChars,
        maxChunks,
        k,
        numCandidates,
        minSimilarity,
        relativeMargin,
        rrfK,
        keywordWeight,
        semanticWeight,
        depth,
        keywordLead);
    this.minSimilarityLatin = minSimilarityLatin;
    this.strongKeywordRatio = strongKeywordRatio;
  }

  /** With the calibrated floor for Latin-script queries and strong keyword ratio. */
  public SemanticSettings(
      int chunkChars,
      int maxChunks,
      int k,
      int numCandidates,
      float minSimilarity,
      float relativeMargin,
      int rrfK,
      double keywordWeight,
      double semanticWeight,
      int depth,
      int keywordLead) {
    this.minSimilarityLatin = MIN_SIMILARITY_LATIN;
    this.strongKeywordRatio = STRONG_KEYWORD_RATIO;
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
    return new SemanticSettings(500, 40, 20, 100, MIN_SIMILARITY, 0.08f, 60, 1.0, 1.0, 20, 1);
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

  /**
   * Least cosine similarity of a passage to a query with Chinese characters for its article to
   * count as a hit: the judged answers lie at 0.52 and above, nonsense and off-topic Chinese
   * queries reach at most 0.45.
   */
  public float minSimilarity() {
    return minSimilarity;
  }

  /**
   * The same for a query without Chinese characters. bge-small-zh is a Chinese model: any two Latin
   * words sit close to the English articles (keyboard mash up to 0.54, {@code test test} 0.59), so
   * only a clearly closer passage counts; keywords and typo tolerance serve the rest.
   */
  public float minSimilarityLatin() {
    return minSimilarityLatin;
  }

  /**
   * The floor that applies to this query: {@link #minSimilarity()} if it has Chinese characters.
   */
  public float minSimilarityFor(String query) {
    return query != null && HAN.matcher(query).find() ? minSimilarity : minSimilarityLatin;
  }

  /**
   * A keyword hit scoring at least this share of the best keyword hit is a good match: no hit found
   * only by meaning is placed above it.
   */
  public double strongKeywordRatio() {
    return strongKeywordRatio;
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
