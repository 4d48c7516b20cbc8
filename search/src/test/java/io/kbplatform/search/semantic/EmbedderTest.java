package io.kbplatform.search.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.search.semantic.EmbedderStatus.State;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real bge-small-zh model, loaded once for the class (about a second). */
class EmbedderTest {

  private static final String CALMING = "安抚情绪激动的来电者：先耐心倾听，不要打断对方，用平和的语气表示理解，再提出解决办法。";
  private static final String REFUNDS = "退款申请须在签收后七天内提交，财务审核通过后三个工作日内原路退回。";
  private static final String PASSWORDS = "忘记登录密码时，点击登录页的“忘记密码”，通过手机验证码重新设置。";
  private static final String ONBOARDING_TRADITIONAL = "新員工第一週學習公司文化，第二至三週學習產品知識。";

  private static Embedder embedder;

  @BeforeAll
  static void load() {
    embedder = new Embedder(true, Embedder.DEFAULT_MODEL, false, cache());
    assertEquals(State.READY, embedder.load().state(), () -> embedder.status().reason());
  }

  @Test
  void anAngryCustomerQuestionFindsTheCalmingPassageWithoutSharedWords() {
    float[] query = embedder.embedQuery("客户很生气怎么办").orElseThrow();
    List<float[]> passages = embedder.embedPassages(List.of(CALMING, REFUNDS, PASSWORDS));

    double calming = cosine(query, passages.get(0));
    assertTrue(calming > cosine(query, passages.get(1)), "closer to calming than to refunds");
    assertTrue(calming > cosine(query, passages.get(2)), "closer to calming than to passwords");
  }

  @Test
  void aSimplifiedQueryFindsATraditionalPassage() {
    float[] query = embedder.embedQuery("新人入职培训安排").orElseThrow();
    List<float[]> passages =
        embedder.embedPassages(List.of(ONBOARDING_TRADITIONAL, REFUNDS, PASSWORDS, CALMING));

    double onboarding = cosine(query, passages.get(0));
    for (int i = 1; i < passages.size(); i++) {
      assertTrue(onboarding > cosine(query, passages.get(i)), "passage " + i);
    }
  }

  @Test
  void vectorsHaveTheIndexedSizeAndUnitLength() {
    float[] vector = embedder.embedQuery("VIP客户 refund").orElseThrow();

    assertEquals(Embedder.DIMENSIONS, vector.length);
    assertEquals(1.0, Math.sqrt(cosine(vector, vector)), 1e-3);
  }

  @Test
  void blankInputGivesNothingRatherThanAnError() {
    assertTrue(embedder.embedQuery("  ").isEmpty());
    assertTrue(embedder.embedPassages(List.of()).isEmpty());
  }

  @Test
  void aModelClassThatDoesNotExistLeavesSearchOnKeywords() {
    Embedder broken = new Embedder(true, "com.example.NoSuchModel", false, cache());

    EmbedderStatus status = broken.load();

    assertEquals(State.UNAVAILABLE, status.state());
    assertTrue(status.reason().contains("com.example.NoSuchModel"), status.reason());
    assertTrue(broken.embedQuery("客户很生气怎么办").isEmpty());
    assertTrue(broken.embedPassages(List.of(CALMING)).isEmpty());
    assertTrue(new ChunkVectors(new Chunker(), broken).chunksOf("标题", CALMING).isEmpty());
  }

  @Test
  void aClassThatIsNoEmbeddingModelIsUnavailableToo() {
    Embedder broken = new Embedder(true, "java.lang.String", false, cache());

    assertEquals(State.UNAVAILABLE, broken.load().state());
    assertTrue(broken.status().reason().contains("not an EmbeddingModel"));
  }

  @Test
  void disabledByConfigurationNeverLoads() {
    Embedder disabled = new Embedder(false, Embedder.DEFAULT_MODEL, false, cache());

    assertEquals(State.DISABLED, disabled.load().state());
    assertTrue(disabled.embedQuery("退款").isEmpty());
  }

  @Test
  void loadingInTheBackgroundEndsReady() throws InterruptedException {
    Embedder background = new Embedder(true, Embedder.DEFAULT_MODEL, false, cache());
    assertEquals(State.LOADING, background.status().state());
    assertTrue(background.embedQuery("退款").isEmpty(), "nothing while loading");

    Thread[] thread = new Thread[1];
    background.start(command -> (thread[0] = new Thread(command)).start());
    thread[0].join(60_000);

    assertEquals(State.READY, background.status().state());
    assertTrue(background.embedQuery("退款").isPresent());
  }

  @Test
  void articlesBecomeChunksWithVectors() {
    ChunkVectors chunkVectors = new ChunkVectors(new Chunker(), embedder);

    List<Chunk> chunks = chunkVectors.chunksOf("如何安抚生气的客户", CALMING + "\n\n" + REFUNDS);

    assertEquals(1, chunks.size());
    assertTrue(chunks.get(0).text().startsWith("如何安抚生气的客户\n\n安抚情绪激动"));
    assertEquals(Embedder.DIMENSIONS, chunks.get(0).vector().length);
  }

  static Path cache() {
    return Path.of(System.getProperty("java.io.tmpdir"), "djl-cache");
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
