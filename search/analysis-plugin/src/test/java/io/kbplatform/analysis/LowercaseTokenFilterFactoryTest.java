package io.kbplatform.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.junit.jupiter.api.Test;

class LowercaseTokenFilterFactoryTest {

  @Test
  void lowercasesLatinGreekAndFullWidth() {
    Chain chain =
        new Chain(WhitespaceTokenizer::new, List.of(), List.of(new LowercaseTokenFilterFactory()));
    assertEquals(
        List.of("vip", "crm客户", "ｖｉｐ", "élan", "σοφία"),
        Tokens.terms(chain, "VIP CRM客户 ＶＩＰ Élan ΣΟΦΊΑ"));
  }
}
