package io.kbplatform.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.junit.jupiter.api.Test;

/** named_components.json must list exactly the @NamedComponent classes, under their interface. */
class NamedComponentsJsonTest {

  static final Path JSON = Path.of("src/main/plugin-metadata/named_components.json");

  private static final List<Class<?>> EXTENSIBLES =
      List.of(
          AnalyzerFactory.class,
          CharFilterFactory.class,
          TokenFilterFactory.class,
          TokenizerFactory.class);

  /** What Elasticsearch's scanner would generate from the compiled classes. */
  static Map<String, Map<String, String>> scanned() {
    Map<String, Map<String, String>> result = new TreeMap<>();
    for (Class<?> c : PluginClasses.namedComponents()) {
      String name = c.getAnnotation(NamedComponent.class).value();
      List<Class<?>> implemented = EXTENSIBLES.stream().filter(e -> e.isAssignableFrom(c)).toList();
      assertEquals(1, implemented.size(), c + " must implement exactly one extensible interface");
      result
          .computeIfAbsent(implemented.get(0).getName(), k -> new TreeMap<>())
          .put(name, c.getName());
    }
    return result;
  }

  static Map<String, Map<String, String>> declared() throws IOException {
    Map<String, Map<String, String>> raw =
        new ObjectMapper().readValue(JSON.toFile(), new TypeReference<>() {});
    Map<String, Map<String, String>> result = new TreeMap<>();
    raw.forEach((k, v) -> result.put(k, new TreeMap<>(v)));
    return result;
  }

  @Test
  void jsonMatchesTheAnnotatedClasses() throws IOException {
    assertEquals(scanned(), declared());
  }

  @Test
  void everyComponentIsPrefixedAndThereAreEight() throws IOException {
    List<String> names =
        declared().values().stream().flatMap(m -> m.keySet().stream()).sorted().toList();
    assertEquals(
        List.of(
            "kb_cjk_bigram",
            "kb_english_stem",
            "kb_icu",
            "kb_lowercase",
            "kb_pinyin_strip",
            "kb_synonym",
            "kb_t2s",
            "kb_width"),
        names);
    assertEquals(
        Set.of(
            CharFilterFactory.class.getName(),
            TokenFilterFactory.class.getName(),
            TokenizerFactory.class.getName()),
        declared().keySet());
  }
}
