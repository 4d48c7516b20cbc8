package io.kbplatform.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinyinStripCharFilterFactoryTest {

  private final PinyinStripCharFilterFactory factory = new PinyinStripCharFilterFactory();

  private String strip(String text) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Reader reader = factory.create(new StringReader(text))) {
      char[] buffer = new char[64];
      for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
        out.append(buffer, 0, n);
      }
    }
    return out.toString();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "體驗(yàn)|體驗",
        "體驗(tǐ yàn)很好|體驗很好",
        "服務（fú wù）|服務",
        "服務（fú wù)與體驗(tǐyàn）|服務與體驗",
        "退费(tuifei)流程|退费流程",
        "服务(fu2 wu4)|服务",
        "西安(xi'an)|西安",
        "绿色(lǜ sè)|绿色",
        "绿色(lv se)|绿色",
        "體驗 (tǐ yàn)|體驗",
        "創(chuàng)新(xīn)|創新"
      })
  void deletesPinyinAfterHan(String input, String expected) throws IOException {
    assertEquals(expected, strip(input));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "客户关系管理(CRM)",
        "(VIP)客户",
        "会员(VIP)",
        "退款(refund)",
        "账户(Account)",
        "服務(Fú Wù)",
        "hello(ni hao)",
        "(fú wù)",
        "客户(crm)",
        "客户(vip)",
        "系统(ok)",
        "服务()",
        "服务(fú wù"
      })
  void keepsEverythingElse(String input) throws IOException {
    assertEquals(input, strip(input));
  }

  /**
   * Start offsets are exact. As with any char filter that deletes text, the end offset of the
   * character just before a deleted annotation is mapped to the end of the annotation, so a
   * highlight of 務 covers 務（fú wù）.
   */
  @Test
  void offsetsPointIntoTheOriginalText() {
    Chain chain = new Chain(StandardTokenizer::new, List.of(factory), List.of());
    assertEquals(
        List.of(
            new Tokens.Token("服", 0, 1, 0, "<IDEOGRAPHIC>"),
            new Tokens.Token("務", 1, 9, 1, "<IDEOGRAPHIC>"),
            new Tokens.Token("很", 9, 10, 2, "<IDEOGRAPHIC>"),
            new Tokens.Token("好", 10, 11, 3, "<IDEOGRAPHIC>"),
            new Tokens.Token("crm", 13, 16, 4, "<ALPHANUM>")),
        Tokens.of(chain, "服務（fú wù）很好 (crm)"));
  }

  @Test
  void englishInBracketsKeepsItsOffsets() {
    Chain chain = new Chain(StandardTokenizer::new, List.of(factory), List.of());
    assertEquals(
        List.of(
            new Tokens.Token("管", 0, 1, 0, "<IDEOGRAPHIC>"),
            new Tokens.Token("理", 1, 2, 1, "<IDEOGRAPHIC>"),
            new Tokens.Token("CRM", 3, 6, 2, "<ALPHANUM>"),
            new Tokens.Token("體", 7, 12, 3, "<IDEOGRAPHIC>"),
            new Tokens.Token("CRM", 14, 17, 4, "<ALPHANUM>")),
        Tokens.of(chain, "管理(CRM)體(tǐ) (CRM)"));
  }
}
