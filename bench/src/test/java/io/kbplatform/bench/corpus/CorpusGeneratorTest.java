package io.kbplatform.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

  private final CorpusGenerator corpus = new CorpusGenerator(7, new CorpusLayout());

  @Test
  void the_same_seed_and_index_give_the_same_article() {
    assertEquals(corpus.article(123), new CorpusGenerator(7, new CorpusLayout()).article(123));
  }

  @Test
  void lengths_are_realistic_around_a_median_of_1200_characters_with_a_long_tail() {
    int[] lengths = corpus.articles(3000).mapToInt(a -> a.body().length()).sorted().toArray();
    int median = lengths[lengths.length / 2];
    assertTrue(median > 1000 && median < 1500, "median " + median);
    long over5000 = Arrays.stream(lengths).filter(l -> l > 5000).count();
    assertTrue(over5000 > 15 && over5000 < 300, over5000 + " over 5000");
  }

  @Test
  void mixes_simplified_traditional_and_english_text_from_contact_centre_phrases() {
    List<CorpusArticle> articles = corpus.articles(2000).toList();
    Map<String, Long> languages =
        articles.stream()
            .collect(Collectors.groupingBy(CorpusArticle::language, Collectors.counting()));
    assertEquals(4, languages.size(), languages.toString());
    CorpusArticle traditional =
        articles.stream().filter(a -> a.language().equals("zh-Hant")).findFirst().orElseThrow();
    assertTrue(
        traditional.body().contains("客戶") || traditional.body().contains("處理"), traditional.body());
    assertTrue(articles.stream().anyMatch(a -> a.body().contains("(yàn)")));
    assertTrue(articles.stream().anyMatch(a -> a.body().contains("refund")));
    assertTrue(articles.stream().anyMatch(a -> !a.restrictedTo().isEmpty()));
    assertTrue(articles.stream().anyMatch(CorpusArticle::archived));
    assertTrue(articles.stream().allMatch(a -> a.title().length() <= 300));
  }
}
