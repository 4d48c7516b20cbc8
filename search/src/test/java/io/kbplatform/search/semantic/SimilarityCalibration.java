package io.kbplatform.search.semantic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kbplatform.search.index.MarkdownText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test but the measurement behind the similarity floors of {@link SemanticSettings}: embeds
 * the demo articles as the index does (same chunker, same model), then the judged queries and the
 * queries without an answer ({@code demo/relevance/no-answer-queries.txt}), and writes the best
 * passage similarity of every query to every article ({@code target/similarity-calibration.tsv})
 * and a summary per script with a sweep of floors ({@code target/similarity-calibration.md}). Run
 * it after changing the model or the chunking:
 *
 * <pre>mvn -o test -pl search -am -Dtest=SimilarityCalibration -Dkb.calibrate=true
 * -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "kb.calibrate", matches = "true")
class SimilarityCalibration {

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final double[] FLOORS = {0.45, 0.48, 0.50, 0.52, 0.55, 0.58, 0.60, 0.62, 0.65};

  /** One query against every article: the best passage's cosine per article, and its grades. */
  private record Scored(String query, String kind, Map<String, Double> best, JsonNode grades) {
    double top() {
      return Collections.max(best.values());
    }

    List<Double> graded(Predicate<Integer> grade) {
      List<Double> values = new ArrayList<>();
      best.forEach(
          (title, s) -> {
            if (grade.test(grades == null ? -1 : grades.path(title).asInt(0))) {
              values.add(s);
            }
          });
      return values;
    }
  }

  @Test
  void measure() throws IOException {
    Embedder embedder = new Embedder(true, Embedder.DEFAULT_MODEL, false, EmbedderTest.cache());
    embedder.load();
    Path demo = Path.of("..", "demo", "relevance");
    Map<String, List<float[]>> articles = articles(embedder, demo.resolve("articles"));
    List<Scored> scored = new ArrayList<>();
    for (JsonNode q :
        new ObjectMapper().readTree(demo.resolve("judgments.json").toFile()).get("queries")) {
      scored.add(
          score(
              embedder,
              articles,
              q.get("query").asText(),
              q.path("kind").asText(),
              q.get("relevant")));
    }
    for (String line : Files.readAllLines(demo.resolve("no-answer-queries.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] cells = line.split("\t", 2);
        scored.add(score(embedder, articles, cells[1], "none:" + cells[0], null));
      }
    }
    StringBuilder tsv = new StringBuilder("query\tkind\tarticle\tgrade\tsimilarity\n");
    for (Scored s : scored) {
      s.best()
          .forEach(
              (title, sim) ->
                  tsv.append(
                          String.join(
                              "\t",
                              s.query(),
                              s.kind(),
                              title,
                              String.valueOf(
                                  s.grades() == null ? -1 : s.grades().path(title).asInt(0)),
                              String.format(Locale.ROOT, "%.4f", sim)))
                      .append('\n'));
    }
    Files.writeString(Path.of("target", "similarity-calibration.tsv"), tsv, StandardCharsets.UTF_8);
    StringBuilder md = new StringBuilder();
    summary(md, "with Chinese characters", scored, s -> HAN.matcher(s.query()).find());
    summary(md, "Latin script only", scored, s -> !HAN.matcher(s.query()).find());
    Files.writeString(Path.of("target", "similarity-calibration.md"), md, StandardCharsets.UTF_8);
  }

  private static void summary(
      StringBuilder md, String title, List<Scored> all, Predicate<Scored> which) {
    List<Scored> judged = all.stream().filter(which).filter(s -> s.grades() != null).toList();
    List<Scored> none = all.stream().filter(which).filter(s -> s.grades() == null).toList();
    List<Double> answers = new ArrayList<>();
    List<Double> relevant = new ArrayList<>();
    List<Double> bestIrrelevant = new ArrayList<>();
    judged.forEach(
        s -> {
          answers.addAll(s.graded(g -> g >= 2));
          relevant.addAll(s.graded(g -> g >= 1));
          bestIrrelevant.add(Collections.max(s.graded(g -> g <= 0)));
        });
    List<Double> noneTop = none.stream().map(Scored::top).toList();
    md.append("## Queries ")
        .append(title)
        .append("\n\n| set | n | min | p10 | median | p90 | max |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- |\n");
    row(md, "answers (grade 2)", answers);
    row(md, "relevant (grade ≥ 1)", relevant);
    row(md, "best irrelevant article per judged query", bestIrrelevant);
    row(md, "best article per query without an answer", noneTop);
    md.append("\n| floor | answers kept | relevant kept | answerless queries with a hit |\n")
        .append("| --- | --- | --- | --- |\n");
    for (double floor : FLOORS) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %.2f | %d / %d | %d / %d | %d / %d |%n",
              floor,
              count(answers, floor),
              answers.size(),
              count(relevant, floor),
              relevant.size(),
              count(noneTop, floor),
              noneTop.size()));
    }
    md.append('\n');
  }

  private static long count(List<Double> values, double floor) {
    return values.stream().filter(v -> v >= floor).count();
  }

  private static void row(StringBuilder md, String label, List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    if (sorted.isEmpty()) {
      return;
    }
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
            label,
            sorted.size(),
            sorted.get(0),
            at(sorted, 0.1),
            at(sorted, 0.5),
            at(sorted, 0.9),
            sorted.get(sorted.size() - 1)));
  }

  private static double at(List<Double> sorted, double share) {
    return sorted.get((int) (share * (sorted.size() - 1)));
  }

  private static Scored score(
      Embedder embedder,
      Map<String, List<float[]>> articles,
      String query,
      String kind,
      JsonNode grades) {
    float[] vector = embedder.embedQuery(query).orElseThrow();
    Map<String, Double> best = new LinkedHashMap<>();
    articles.forEach(
        (title, passages) ->
            best.put(
                title,
                passages.stream()
                    .mapToDouble(p -> EmbedderTest.cosine(vector, p))
                    .max()
                    .orElse(-1)));
    return new Scored(query, kind, best, grades);
  }

  /** Title → passage vectors of each demo article, as indexing makes them. */
  private static Map<String, List<float[]>> articles(Embedder embedder, Path folder)
      throws IOException {
    Map<String, List<float[]>> articles = new LinkedHashMap<>();
    Chunker chunker = new Chunker();
    try (var files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        String[] parts = Files.readString(file, StandardCharsets.UTF_8).split("(?m)^---\\s*$", 3);
        String title =
            parts[1]
                .lines()
                .filter(l -> l.startsWith("title:"))
                .findFirst()
                .orElseThrow()
                .substring(6)
                .strip();
        articles.put(
            title, embedder.embedPassages(chunker.chunks(title, MarkdownText.plain(parts[2]))));
      }
    }
    return articles;
  }
}
