package io.kbplatform.search.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.search.semantic.Chunk;
import io.kbplatform.search.semantic.PackedVectors;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndexedChunksTest {

  private static final float[] FIRST = {0.6f, 0.8f};
  private static final float[] SECOND = {1f, 0f};

  @Test
  void theTextFromTheSourceMeetsTheStoredVectorsInOrder() {
    List<Chunk> source = List.of(new Chunk("退款流程", null), new Chunk("到账时间", null));

    List<Chunk> chunks =
        IndexedChunks.of(source, PackedVectors.pack(List.of(FIRST, SECOND))).orElseThrow();

    assertEquals(List.of("退款流程", "到账时间"), chunks.stream().map(Chunk::text).toList());
    assertArrayEquals(FIRST, chunks.get(0).vector());
    assertArrayEquals(SECOND, chunks.get(1).vector());
  }

  @Test
  void anIndexOfAnOlderGenerationStillHasItsVectorsInTheSource() {
    List<Chunk> source = List.of(new Chunk("退款流程", FIRST));

    assertSame(source, IndexedChunks.of(source, null).orElseThrow());
  }

  @Test
  void chunksWithoutAllTheirVectorsAreEmbeddedAgain() {
    List<Chunk> two = List.of(new Chunk("a", null), new Chunk("b", null));

    assertEquals(Optional.empty(), IndexedChunks.of(two, null));
    assertEquals(Optional.empty(), IndexedChunks.of(two, PackedVectors.pack(List.of(FIRST))));
    assertEquals(Optional.empty(), IndexedChunks.of(two, "AAAAAgAB"), "a damaged value");
    assertTrue(IndexedChunks.of(List.of(), PackedVectors.pack(List.of(FIRST))).isEmpty());
    assertTrue(IndexedChunks.of(null, null).isEmpty());
  }
}
