package io.kbplatform.search.synonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kbplatform.search.synonym.SynonymExpansion.Group;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which typing slips the synonym sets' words correct, and which words they leave alone. */
class VocabularyCorrectionTest {

  private static final VocabularyCorrection VOCABULARY =
      VocabularyCorrection.of(
          List.of(
              new Group(null, List.of("密码", "password", "reset password")),
              new Group(null, List.of("验证码", "verification code")),
              new Group(null, List.of("断网", "掉线", "disconnected")),
              new Group(null, List.of("发票抬头", "invoice title")),
              new Group(null, List.of("发票", "invoice")),
              new Group(null, List.of("宽带", "broadband")),
              new Group(null, List.of("到账", "credited")),
              new Group(null, List.of("policy", "政策")),
              new Group(null, List.of("police", "警察"))));

  @Test
  void aLatinWordOneEditFromAWordOfTheSetsIsCorrected() {
    assertEquals("password reset", VOCABULARY.correct("pasword reset"));
    assertEquals("reset password", VOCABULARY.correct("reset passwrod"), "a transposition");
    assertEquals("invoice", VOCABULARY.correct("invioce"));
    assertEquals("broadband 断网", VOCABULARY.correct("broadbnd 断网"));
  }

  @Test
  void longWordsMayBeTwoEditsAway() {
    assertEquals("verification code", VOCABULARY.correct("verfication code"));
    assertEquals("verification code", VOCABULARY.correct("verifcaton code"));
    assertEquals("passport", VOCABULARY.correct("passport"), "eight letters: password is two away");
    assertEquals("disconnected", VOCABULARY.correct("disconected"));
  }

  @Test
  void wordsOfTheSetsShortWordsAndAmbiguousOnesAreLeftAlone() {
    assertEquals("policy", VOCABULARY.correct("policy"));
    assertEquals("polic", VOCABULARY.correct("polic"), "policy and police are both one edit away");
    assertEquals("pwd", VOCABULARY.correct("pwd"), "shorter than four letters");
    assertEquals("2026", VOCABULARY.correct("2026"));
    assertNull(VOCABULARY.nearestWord("xassword"), "the first letter is kept");
    assertNull(VOCABULARY.nearestWord("passwords"), "a longer word starting with a set's word");
    assertNull(VOCABULARY.nearestWord("policys"));
    assertNull(VOCABULARY.nearestWord("passage"), "two edits is too many for seven letters");
  }

  @Test
  void chineseCharactersWithThePinyinOfATermAreCorrected() {
    assertEquals("宽带断网", VOCABULARY.correct("宽带段网"));
    assertEquals("发票抬头错了", VOCABULARY.correct("发漂抬头错了"));
    assertEquals("退款到账", VOCABULARY.correct("退款到帐"), "帐 for 账, the commonest slip of all");
    assertEquals("验证码收不到", VOCABULARY.correct("验正码收不到"));
  }

  @Test
  void chineseWordsThatOnlySoundAlikeAreLeftAlone() {
    assertEquals("端王", VOCABULARY.correct("端王"), "断网's sound but no character in common");
    assertEquals("密码", VOCABULARY.correct("密码"));
    assertEquals("今天天气很好", VOCABULARY.correct("今天天气很好"));
  }

  @Test
  void soundsAreTonelessPinyin() {
    assertEquals("duan wang", VocabularyCorrection.sound("断网"));
    assertEquals(VocabularyCorrection.sound("段网"), VocabularyCorrection.sound("断网"));
  }

  @Test
  void distanceCountsATranspositionAsOneEdit() {
    assertEquals(1, VocabularyCorrection.distance("passwrod", "password", 2));
    assertEquals(1, VocabularyCorrection.distance("pasword", "password", 2));
    assertEquals(3, VocabularyCorrection.distance("abcdef", "uvwxyz", 2), "stops past the limit");
  }
}
