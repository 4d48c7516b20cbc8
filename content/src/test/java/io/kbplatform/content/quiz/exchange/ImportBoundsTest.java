package io.kbplatform.content.quiz.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportBoundsTest {

  private static final Duration QUICKLY = Duration.ofSeconds(2);

  private final GiftReader gift = new GiftReader();
  private final AikenReader aiken = new AikenReader();

  @Test
  void aFileOverTheSizeLimitIsRefusedWhole() {
    String huge = "Q {T}\n\n".repeat(ImportLimits.MAX_FILE_CHARS / 7 + 1);

    assertThrows(QuizImportTooLargeException.class, () -> gift.read(huge));
    assertThrows(QuizImportTooLargeException.class, () -> aiken.read(huge));
  }

  @Test
  void moreQuestionsThanTheLimitAreRefusedWhole() {
    String atLimit = "Q {T}\n\n".repeat(ImportLimits.MAX_QUESTIONS);

    assertEquals(ImportLimits.MAX_QUESTIONS, gift.read(atLimit).questions().size());
    assertThrows(QuizImportTooLargeException.class, () -> gift.read(atLimit + "Q {F}\n"));
    String aikenOver = "Q\nA. a\nB. b\nANSWER: A\n".repeat(ImportLimits.MAX_QUESTIONS + 1);
    assertThrows(QuizImportTooLargeException.class, () -> aiken.read(aikenOver));
  }

  @Test
  void aMegabyteLineOfBracesOrBackslashesIsAnErrorNotAHang() {
    for (String unit : List.of("{", "\\", "}", "~", "#", "%", ":")) {
      String line = unit.repeat(1024 * 1024);
      ImportResult result =
          assertTimeoutPreemptively(QUICKLY, () -> gift.read("Q {T}\n\n" + line + "\n\nR {F}"));
      assertEquals(2, result.questions().size(), unit);
      assertEquals(List.of(3), result.errors().stream().map(ImportError::line).toList(), unit);
      assertTrue(result.errors().get(0).message().contains("longer than"), unit);
      assertTimeoutPreemptively(QUICKLY, () -> aiken.read(line));
    }
  }

  @Test
  void parsingStaysLinearJustUnderTheLineLimit() {
    int length = ImportLimits.MAX_LINE_CHARS - 10;
    List<String> hostile =
        List.of(
            "{".repeat(length),
            "\\".repeat(length),
            "Q {" + "~".repeat(length) + "}",
            "Q {" + "#".repeat(length) + "}",
            "Q {#" + "=".repeat(length) + "}",
            "Q {" + "=a->".repeat(length / 4) + "}",
            "Q {" + "%1".repeat(length / 2) + "}",
            "::" + ":".repeat(length));
    for (String text : hostile) {
      ImportResult result = assertTimeoutPreemptively(QUICKLY, () -> gift.read(text));
      assertEquals(1, result.questions().size() + result.errors().size());
    }
  }

  @Test
  void manyBlocksOfHostileTextStayFast() {
    String block = "Q {" + "~a".repeat(60) + " =b#" + "#".repeat(800) + "}\n\n";
    String file = block.repeat(ImportLimits.MAX_QUESTIONS);

    ImportResult result = assertTimeoutPreemptively(QUICKLY, () -> gift.read(file));

    assertEquals(List.of(), result.errors());
    assertEquals(ImportLimits.MAX_QUESTIONS, result.questions().size());
  }

  @Test
  void aQuestionWithAnOverlongLineIsReportedAndTheOthersImport() {
    String aikenFile =
        "Q1\nA. a\nB. "
            + "b".repeat(ImportLimits.MAX_LINE_CHARS + 1)
            + "\nANSWER: A\nQ2\nA. a\nB. b\nANSWER: B";

    ImportResult result = aiken.read(aikenFile);

    assertEquals(List.of(3), result.errors().stream().map(ImportError::line).toList());
    assertEquals(List.of(5), result.questions().stream().map(ImportedQuestion::line).toList());
  }
}
