package io.kbplatform.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

  @Test
  void readsTitleTagsTemplateCategoryAndBody() {
    FrontMatter article =
        FrontMatter.parse(
            "\uFEFF---\r\ntitle: 退款到账时间说明\r\ntags: [退款, refund，到账, 退款]\r\n"
                + "template: FAQ\r\ncategory: \"退款与退货\"\r\n---\r\n\r\n## 问题\r\n退款多久到账？\r\n");

    assertEquals("退款到账时间说明", article.title());
    assertEquals(List.of("退款", "refund", "到账"), article.tags());
    assertEquals("FAQ", article.template());
    assertEquals("退款与退货", article.category());
    assertEquals("## 问题\n退款多久到账？", article.body());
  }

  @Test
  void tagsTemplateAndCategoryAreOptional() {
    FrontMatter article = FrontMatter.parse("---\ntitle: A\ntags:\n---\nbody");

    assertEquals(List.of(), article.tags());
    assertNull(article.template());
    assertNull(article.category());
    assertEquals("body", article.body());
  }

  @Test
  void refusesFilesWithoutFrontMatterOrTitle() {
    assertThrows(IllegalArgumentException.class, () -> FrontMatter.parse("# A\nbody"));
    assertThrows(IllegalArgumentException.class, () -> FrontMatter.parse("---\ntitle: A\nbody"));
    assertThrows(IllegalArgumentException.class, () -> FrontMatter.parse("---\ntags: a\n---\nb"));
    assertThrows(IllegalArgumentException.class, () -> FrontMatter.parse("---\nno colon\n---\nb"));
  }

  @Test
  void theLoaderWritesJsonThatEscapesText() {
    String json =
        ArticleLoader.Json.write(
            new java.util.LinkedHashMap<>(
                Map.of("title", "引号\"与\\反斜杠\n换行\u0001", "tags", List.of("a", "b"))));

    Object parsed = MiniJson.parse(json);

    assertEquals(Map.of("title", "引号\"与\\反斜杠\n换行\u0001", "tags", List.of("a", "b")), parsed);
  }
}
