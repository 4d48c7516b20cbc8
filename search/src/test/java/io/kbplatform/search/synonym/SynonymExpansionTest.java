package io.kbplatform.search.synonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which alternatives a query gets from the synonym sets authors wrote. */
class SynonymExpansionTest {

  private static final TextNormaliser NORMALISER = new TextNormaliser();
  private static final SynonymGroup REFUND = new SynonymGroup(null, List.of("退款", "退费", "refund"));

  private static SynonymExpansion of(SynonymGroup... groups) {
    return SynonymExpansion.of(List.of(groups), NORMALISER);
  }

  private static List<QueryAlternative> global(String... texts) {
    List<QueryAlternative> alternatives = new ArrayList<>();
    for (String text : texts) {
      alternatives.add(new QueryAlternative(text, null));
    }
    return alternatives;
  }

  @Test
  void eachOtherTermOfTheSetTakesThePlaceOfTheOneTyped() {
    assertEquals(global("退费", "refund"), of(REFUND).expand("退款"));
    assertEquals(global("退款", "refund"), of(REFUND).expand("退费"));
  }

  @Test
  void aMisspeltQueryIsSearchedCorrectedFirstThenWithTheAlternativesOfBoth() {
    assertEquals(global("refund", "退款", "退费"), of(REFUND).expand("refnd"));
    assertEquals(global("退款政策", "退费政策", "refund", "refund政策"), of(REFUND).expand("腿款政策"));
  }

  @Test
  void aTraditionalQueryMatchesASimplifiedSet() {
    assertEquals(global("退款", "refund"), of(REFUND).expand("退費"));
  }

  @Test
  void aTraditionalSetMatchesASimplifiedQuery() {
    SynonymGroup traditional = new SynonymGroup(null, List.of("會員", "VIP"));
    assertEquals(global("vip积分"), of(traditional).expand("会员积分"));
  }

  @Test
  void fullWidthAndUpperCaseLatinMatch() {
    assertEquals(global("退款", "退费"), of(REFUND).expand("ｒｅｆｕｎｄ"));
    assertEquals(global("退款 policy", "退款", "退费 policy"), of(REFUND).expand("REFUND Policy"));
  }

  @Test
  void mixedQueriesKeepTheirOtherWords() {
    assertEquals(global("vip 退费", "vip refund"), of(REFUND).expand("VIP 退款"));
    assertEquals(global("vip退费流程", "viprefund流程"), of(REFUND).expand("VIP退款流程"));
  }

  @Test
  void chineseTermsAreFoundInsideLongerChineseText() {
    assertEquals(global("我要退费", "refund", "我要refund"), of(REFUND).expand("我要退款"));
  }

  @Test
  void latinTermsOnlyMatchWholeWords() {
    assertEquals(List.of(), of(REFUND).expand("prefund"));
    assertEquals(List.of(), of(REFUND).expand("refunds"));
    assertEquals(global("退款退款", "退款", "refund", "退费退款"), of(REFUND).expand("refund退款"));
    assertEquals(global("how to 退款?", "退款", "how to 退费?"), of(REFUND).expand("how to refund?"));
  }

  @Test
  void everyOccurrenceIsReplaced() {
    assertEquals(global("退费 或 退费", "refund", "refund 或 refund"), of(REFUND).expand("退款 或 退款"));
  }

  @Test
  void theLongestMatchingTermOfASetWins() {
    SynonymGroup group = new SynonymGroup(null, List.of("退款", "退款申请", "refund request"));
    assertEquals(global("退款", "refund request"), of(group).expand("退款申请"));
  }

  @Test
  void noMatchingTermGivesNoAlternatives() {
    assertEquals(List.of(), of(REFUND).expand("会员积分"));
    assertEquals(List.of(), of(REFUND).expand(" "));
    assertEquals(List.of(), of(REFUND).expand(null));
    assertEquals(List.of(), SynonymExpansion.none().expand("退款"));
  }

  @Test
  void spaceAlternativesCarryTheirSpaceAndEverySetHasItsTurn() {
    SynonymGroup cs = new SynonymGroup("CS", List.of("退款", "返款"));
    SynonymGroup after = new SynonymGroup("AFTER", List.of("退款", "退货退款"));

    List<QueryAlternative> alternatives = of(cs, REFUND, after).expand("退款");

    assertEquals(
        List.of(
            new QueryAlternative("退费", null),
            new QueryAlternative("退货退款", "AFTER"),
            new QueryAlternative("返款", "CS"),
            new QueryAlternative("refund", null)),
        alternatives);
  }

  @Test
  void theSameAlternativeFromTwoSetsOfOneScopeCountsOnce() {
    SynonymGroup again = new SynonymGroup(null, List.of("退费", "退款"));
    assertEquals(global("退费", "refund"), of(REFUND, again).expand("退款"));
  }

  @Test
  void termsThatFoldToTheSameTextCountOnce() {
    SynonymGroup group = new SynonymGroup(null, List.of("退費", "退费"));
    assertEquals(0, of(group).size());
  }

  @Test
  void atMostTwelveAlternativesInAStableOrderWithEveryMatchingSetInTurn() {
    List<String> terms = new ArrayList<>(List.of("退款"));
    for (int i = 0; i < 19; i++) {
      terms.add("refund" + i);
    }
    SynonymExpansion expansion = of(new SynonymGroup(null, terms), REFUND);

    List<QueryAlternative> alternatives = expansion.expand("退款");

    assertEquals(SynonymExpansion.MAX_ALTERNATIVES, alternatives.size());
    assertEquals(
        global(
            "refund0", "退费", "refund1", "refund", "refund2", "refund3", "refund4", "refund5",
            "refund6", "refund7", "refund8", "refund9"),
        alternatives);
    assertEquals(alternatives, expansion.expand("退款"));
  }

  private static final SynonymGroup POLICY = new SynonymGroup(null, List.of("政策", "policy"));
  private static final SynonymGroup RETURNS =
      new SynonymGroup(null, List.of("退货", "return", "returns"));
  private static final SynonymGroup CALLBACK =
      new SynonymGroup(null, List.of("回电", "回拨", "call back", "return call"));
  private static final SynonymGroup VIP = new SynonymGroup(null, List.of("会员", "VIP", "member"));

  @Test
  void aQueryMadeOfSynonymsIsAlsoSaidInTheOtherLanguage() {
    assertEquals(
        global("vip 退费", "会员 退款", "vip refund", "member 退款"), of(REFUND, VIP).expand("VIP 退款"));
  }

  @Test
  void questionAndFunctionWordsDoNotStopTheOtherLanguage() {
    assertTrue(of(REFUND).expand("refund policy").contains(new QueryAlternative("退款", null)));
    assertTrue(
        of(REFUND).expand("How do I get a refund?").contains(new QueryAlternative("退款", null)));
    assertTrue(of(REFUND).expand("退款政策").contains(new QueryAlternative("refund", null)));
    assertTrue(of(REFUND).expand("我要退款怎么办").contains(new QueryAlternative("refund", null)));
  }

  @Test
  void everySetOfTheQueryIsSaidInTheOtherLanguageByItsFirstTermThere() {
    assertTrue(
        of(REFUND, POLICY).expand("退款政策").contains(new QueryAlternative("refund policy", null)));
    assertTrue(
        of(REFUND, POLICY).expand("Refund Policy").contains(new QueryAlternative("退款 政策", null)));
  }

  @Test
  void aWordWithoutSynonymKeepsTheQueryInItsLanguage() {
    List<QueryAlternative> alternatives = of(RETURNS).expand("return to the main menu");

    assertEquals(global("退货 to the main menu", "returns to the main menu"), alternatives);
  }

  @Test
  void aLongerTermOfAnotherSetWinsOverTheShorterOneInsideIt() {
    List<QueryAlternative> alternatives = of(RETURNS, CALLBACK).expand("return call");

    assertEquals(global("回电", "回拨", "call back"), alternatives);
    assertTrue(alternatives.stream().noneMatch(a -> a.text().contains("退货")), "no returns");
    assertEquals(global("退货", "returns"), of(RETURNS, CALLBACK).expand("return"));
    assertEquals(List.of(), of(RETURNS, CALLBACK).expand("returned"));
  }
}
