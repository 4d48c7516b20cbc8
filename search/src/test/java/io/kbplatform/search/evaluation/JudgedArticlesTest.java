package io.kbplatform.search.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kbplatform.search.query.SearchHit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgedArticlesTest {

  private static SearchHit hit(String id, String title) {
    return new SearchHit(
        id, "CS", null, title, null, "", List.of(), List.of(), null, 1.0, false, false, false);
  }

  private static Map<String, Integer> judged(Object... titleGrade) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < titleGrade.length; i += 2) {
      map.put((String) titleGrade[i], (Integer) titleGrade[i + 1]);
    }
    return map;
  }

  @Test
  void hitsAreMatchedByTitleIgnoringWidthAndCase() {
    JudgedArticles judged = new JudgedArticles(judged("VIP 客户服务标准", 2, "Refund policy", 1));

    List<Integer> grades =
        judged.grades(List.of(hit("1", "其他"), hit("2", "ＶＩＰ 客户服务标准 "), hit("3", "REFUND POLICY")));

    assertEquals(List.of(0, 2, 1), grades);
  }

  @Test
  void hitsAreMatchedById() {
    JudgedArticles judged = new JudgedArticles(judged("a1b2", 2));

    assertEquals(List.of(0, 2), judged.grades(List.of(hit("x", "A"), hit("a1b2", "B"))));
  }

  @Test
  void anArticleIsCreditedOnceAtItsBestRank() {
    JudgedArticles judged = new JudgedArticles(judged("退款流程", 2));

    List<Integer> grades = judged.grades(List.of(hit("1", "退款流程"), hit("2", "退款流程")));

    assertEquals(List.of(2, 0), grades);
  }

  @Test
  void missedArticlesAreThoseNoHitIs() {
    JudgedArticles judged = new JudgedArticles(judged("B", 1, "A", 2, "C", 1));

    assertEquals(List.of("A", "C"), judged.missed(List.of(hit("1", "B"), hit("2", "D"))));
  }
}
