package io.kbplatform.app.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

  @Test
  void nulEscapesLineBreaksAndLoneSurrogatesAreControlCharacters() {
    for (String bad :
        new String[] {
          "a\u0000b",
          "tab\there",
          "line\nbreak",
          "\u001b[2J",
          "x\u007f",
          "x\u0085",
          "a\u2028b",
          "half \ud800 pair"
        }) {
      assertTrue(ControlCharacters.present(bad), bad);
    }
  }

  @Test
  void ordinaryNamesInAnyScriptPass() {
    for (String good :
        new String[] {"客户投诉 处理流程", "Café – naïve", "emoji 👩‍💻 ok", "Ünïcödé", "a b"}) {
      assertFalse(ControlCharacters.present(good), good);
    }
    assertFalse(ControlCharacters.present(null));
  }
}
