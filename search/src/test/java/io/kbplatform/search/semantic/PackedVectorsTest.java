package io.kbplatform.search.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedVectorsTest {

  @Test
  void vectorsComeBackBitForBitAndInOrder() {
    float[] first = {0.5f, -0.25f, Float.MIN_VALUE, 1e-7f};
    float[] second = {-1f, 0f, 0.333333f, Float.MAX_VALUE};

    List<float[]> unpacked = PackedVectors.unpack(PackedVectors.pack(List.of(first, second)));

    assertEquals(2, unpacked.size());
    assertArrayEquals(first, unpacked.get(0));
    assertArrayEquals(second, unpacked.get(1));
  }

  @Test
  void fiveHundredTwelveFloatsTakeFourBytesEachPlusTheDimensionCount() {
    float[] vector = new float[512];
    vector[511] = 1f;

    String packed = PackedVectors.pack(List.of(vector, vector, vector));

    assertEquals(4 + 3 * 512 * 4, Base64.getDecoder().decode(packed).length);
    assertEquals(512, PackedVectors.unpack(packed).get(2).length);
    assertEquals(1f, PackedVectors.unpack(packed).get(2)[511]);
  }

  @Test
  void noVectorsPackToNothingAndNothingUnpacksToNoVectors() {
    assertNull(PackedVectors.pack(List.of()));
    assertNull(PackedVectors.pack(null));
    assertEquals(List.of(), PackedVectors.unpack(null));
    assertEquals(List.of(), PackedVectors.unpack(""));
  }

  @Test
  void vectorsOfDifferentLengthsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PackedVectors.pack(List.of(new float[] {1f, 0f}, new float[] {1f})));
  }

  @Test
  void aValueThatIsNotWholeVectorsIsRefused() {
    String twoDimsFiveBytes = Base64.getEncoder().encodeToString(new byte[] {0, 0, 0, 2, 1, 2, 3});

    assertThrows(IllegalArgumentException.class, () -> PackedVectors.unpack(twoDimsFiveBytes));
    assertThrows(IllegalArgumentException.class, () -> PackedVectors.unpack("not base64!"));
    assertThrows(
        IllegalArgumentException.class,
        () -> PackedVectors.unpack(Base64.getEncoder().encodeToString(new byte[] {0, 0})));
  }
}
