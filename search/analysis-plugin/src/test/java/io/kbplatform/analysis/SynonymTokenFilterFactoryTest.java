package io.kbplatform.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

class SynonymTokenFilterFactoryTest {

  /** The documented search chain, ending with kb_synonym. */
  private static Chain searchChain(SynonymSettings settings) {
    return Chain.standard(
        new WidthTokenFilterFactory(),
        new LowercaseTokenFilterFactory(),
        new TraditionalToSimplifiedTokenFilterFactory(),
        new CjkBigramTokenFilterFactory(() -> false),
        new EnglishStemTokenFilterFactory(() -> "porter"),
        new SynonymTokenFilterFactory(settings));
  }

  /** Terms grouped by position. */
  private static Map<Integer, Set<String>> byPosition(
      org.apache.lucene.analysis.Analyzer chain, String text) {
    Map<Integer, Set<String>> result = new TreeMap<>();
    for (Tokens.Token t : Tokens.of(chain, text)) {
      result.computeIfAbsent(t.position(), p -> new TreeSet<>()).add(t.term());
    }
    return result;
  }

  @Test
  void expandsEquivalentTermsAcrossScriptsAndLanguages() {
    Chain chain = searchChain(Settings.synonyms("退款, 退费, refund"));
    Map<Integer, Set<String>> expected = Map.of(0, Set.of("退款", "退费", "refund"));
    assertEquals(expected, byPosition(chain, "退款"));
    assertEquals(expected, byPosition(chain, "退費"));
    assertEquals(expected, byPosition(chain, "Refunds"));
    assertEquals(
        Map.of(0, Set.of("申请"), 1, Set.of("请退"), 2, Set.of("退款", "退费", "refund")),
        byPosition(chain, "申請退費"));
  }

  @Test
  void explicitMappingReplacesTheInput() {
    Chain chain = searchChain(Settings.synonyms("VIP => 會員"));
    assertEquals(Map.of(0, Set.of("会员")), byPosition(chain, "ｖｉｐ"));
    assertEquals(Map.of(0, Set.of("会员")), byPosition(chain, "會員"));
  }

  @Test
  void multiWordRulesMatchBigramSequences() {
    Chain chain = searchChain(Settings.synonyms("客户关系管理, CRM"));
    List<String> terms = Tokens.terms(chain, "CRM");
    assertEquals(List.of("客户", "crm", "户关", "关系", "系管", "管理"), terms);
    assertTrue(Tokens.terms(chain, "客戶關係管理").contains("crm"));
  }

  @Test
  void expandFalseMapsToTheFirstTerm() {
    Chain chain =
        searchChain(Settings.synonyms(List.of("退款, 退费, refund"), false, true, "kb_bigram"));
    assertEquals(Map.of(0, Set.of("退款")), byPosition(chain, "refund"));
    assertEquals(Map.of(0, Set.of("退款")), byPosition(chain, "退款"));
  }

  @Test
  void emptyRuleListIsANoOp() {
    SynonymTokenFilterFactory factory = new SynonymTokenFilterFactory(Settings.synonyms());
    TokenStream input = Chain.standard().tokenStream("f", "退款");
    try (input) {
      assertTrue(factory.create(input) == input);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertEquals(List.of("退款", "vip"), Tokens.terms(searchChain(Settings.synonyms()), "退款VIP"));
  }

  @Test
  void lenientSkipsBadRulesAndKeepsGoodOnes() {
    Chain chain =
        searchChain(
            Settings.synonyms(List.of("a => b => c", "退款, refund"), true, true, "kb_bigram"));
    assertEquals(Map.of(0, Set.of("退款", "refund")), byPosition(chain, "退款"));
  }

  @Test
  void strictModeRejectsBadRules() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new SynonymTokenFilterFactory(
                    Settings.synonyms(List.of("a => b => c"), true, false, "kb_bigram")));
    assertEquals("invalid synonym rule [a => b => c]", e.getMessage());
  }

  @Test
  void whitespaceRulesAreTakenLiterally() {
    Chain chain =
        Chain.standard(
            new LowercaseTokenFilterFactory(),
            new SynonymTokenFilterFactory(
                Settings.synonyms(List.of("services, help desk"), true, true, "whitespace")));
    assertEquals(
        Map.of(0, Set.of("services", "help"), 1, Set.of("desk")), byPosition(chain, "services"));
  }

  @Test
  void rejectsUnknownRulesAnalyzer() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SynonymTokenFilterFactory(Settings.synonyms(List.of(), true, true, "smartcn")));
  }

  @Test
  void isSearchTimeOnly() {
    assertEquals(
        org.elasticsearch.plugin.analysis.AnalysisMode.SEARCH_TIME,
        new SynonymTokenFilterFactory(Settings.synonyms()).getAnalysisMode());
  }
}
