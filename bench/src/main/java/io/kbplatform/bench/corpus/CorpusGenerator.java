package io.kbplatform.bench.corpus;

import io.kbplatform.bench.corpus.CorpusSpace.CorpusCategory;
import io.kbplatform.bench.corpus.Vocabulary.Pools;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates article {@code i} of the corpus from the seed and {@code i} alone, so any article can
 * be regenerated without the others (the loader and the raw bulk load produce identical content).
 *
 * <p>Lengths are log-normal with a median of about 1,200 characters (σ 0.7: about 3% are over
 * 5,000); 45% Simplified Chinese, 20% Traditional (a third with pinyin-in-brackets artefacts), 20%
 * English and 15% bilingual. 3% are archived, 10% need review and 6% are restricted to a group.
 */
public final class CorpusGenerator {

  /** The log-normal median of the target length; bodies end on a whole paragraph, ~1,200 chars. */
  public static final int MEDIAN_LENGTH = 1100;

  static final double SIGMA = 0.7;
  static final int MIN_LENGTH = 200;
  static final int MAX_LENGTH = 20_000;
  private static final Instant BASE = Instant.parse("2026-06-01T00:00:00Z");

  private static final String[] TEMPLATES = {"FAQ", "HOW_TO", "TROUBLESHOOTING", "KCS", null};
  private static final int[] TEMPLATE_WEIGHTS = {30, 25, 20, 15, 10};

  private static final Map<String, String[]> HEADINGS_ZH =
      Map.of(
          "FAQ", new String[] {"问题", "回答", "详细说明", "相关政策"},
          "HOW_TO", new String[] {"目的", "开始之前", "步骤", "结果", "常见错误"},
          "TROUBLESHOOTING", new String[] {"症状", "可能原因", "排查步骤", "解决办法", "升级处理"},
          "KCS", new String[] {"问题", "环境", "解决方案", "原因"},
          "NONE", new String[] {"概述", "说明", "操作步骤", "注意事项"});
  private static final Map<String, String[]> HEADINGS_EN =
      Map.of(
          "FAQ", new String[] {"Question", "Answer", "Details", "Related policy"},
          "HOW_TO", new String[] {"Goal", "Before you start", "Steps", "Result", "Common mistakes"},
          "TROUBLESHOOTING",
              new String[] {"Symptoms", "Possible causes", "Diagnosis", "Fix", "When to escalate"},
          "KCS", new String[] {"Issue", "Environment", "Resolution", "Cause"},
          "NONE", new String[] {"Overview", "Details", "Steps", "Notes"});

  private static final List<String> TITLES_ZH =
      List.of(
          "{product}{action}流程",
          "{issue}怎么办？",
          "如何为{customer}办理{action}",
          "{product}常见问题",
          "{action}政策说明：{policy}",
          "{issue}故障排查",
          "{channel}渠道{action}话术",
          "{product}{action}指南（{time}内完成）");
  private static final List<String> TITLES_EN =
      List.of(
          "How to process a {action} for the {product}",
          "{product}: frequently asked questions",
          "Troubleshooting: {issue}",
          "The {policy} policy and {action} requests",
          "Handling a {customer} who asks for a {action}");
  private static final List<String> TITLES_HANT =
      TITLES_ZH.stream().map(Vocabulary::toTraditional).toList();

  private final long seed;
  private final CorpusLayout layout;

  public CorpusGenerator(long seed, CorpusLayout layout) {
    this.seed = seed;
    this.layout = layout;
  }

  public CorpusLayout layout() {
    return layout;
  }

  public long seed() {
    return seed;
  }

  /** Articles {@code 0 .. count-1}, in order. */
  public Stream<CorpusArticle> articles(int count) {
    return IntStream.range(0, count).mapToObj(this::article);
  }

  public CorpusArticle article(int i) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    String language = language(random);
    String template = weighted(TEMPLATES, TEMPLATE_WEIGHTS, random);
    CorpusSpace space = Vocabulary.pick(layout.spaces(), random);
    CorpusCategory category = Vocabulary.pick(space.categories(), random);
    int target = targetLength(random);
    String title = title(language, random);
    String body = body(language, template, target, random);
    List<String> tags = tags(random);
    String owner = Vocabulary.pick(CorpusLayout.AUTHORS, random);
    boolean archived = random.nextInt(100) < 3;
    boolean needsReview = random.nextInt(100) < 10;
    List<String> restricted =
        random.nextInt(100) < 6
            ? List.of(Vocabulary.pick(CorpusLayout.RESTRICTION_GROUPS, random))
            : List.of();
    Instant created = BASE.minusSeconds(random.nextLong(Duration.ofDays(730).toSeconds()));
    Instant published = created.plusSeconds(random.nextLong(Duration.ofDays(3).toSeconds()));
    Instant updated =
        published.plusSeconds(
            random.nextLong(Math.max(1, Duration.between(published, BASE).toSeconds() + 1)));
    return new CorpusArticle(
        CorpusLayout.id("article", seed + "/" + i),
        space.key(),
        category.id(),
        template,
        title,
        body,
        tags,
        owner,
        archived,
        needsReview,
        created,
        published,
        updated,
        restricted,
        language);
  }

  static int targetLength(SplittableRandom random) {
    double length = Math.exp(Math.log(MEDIAN_LENGTH) + SIGMA * random.nextGaussian());
    return (int) Math.max(MIN_LENGTH, Math.min(MAX_LENGTH, length));
  }

  private static String language(SplittableRandom random) {
    int r = random.nextInt(100);
    return r < 45 ? "zh-Hans" : r < 65 ? "zh-Hant" : r < 85 ? "en" : "mixed";
  }

  private static String title(String language, SplittableRandom random) {
    return switch (language) {
      case "zh-Hant" -> Vocabulary.TRADITIONAL.fill(Vocabulary.pick(TITLES_HANT, random), random);
      case "en" -> capitalise(Vocabulary.ENGLISH.fill(Vocabulary.pick(TITLES_EN, random), random));
      case "mixed" ->
          Vocabulary.SIMPLIFIED.fill(Vocabulary.pick(TITLES_ZH, random), random)
              + " ("
              + capitalise(Vocabulary.ENGLISH.slot("action", random))
              + ")";
      default -> Vocabulary.SIMPLIFIED.fill(Vocabulary.pick(TITLES_ZH, random), random);
    };
  }

  private static String body(String language, String template, int target, SplittableRandom r) {
    String key = template == null ? "NONE" : template;
    boolean english = language.equals("en");
    String[] headings = (english ? HEADINGS_EN : HEADINGS_ZH).get(key);
    if (language.equals("zh-Hant")) {
      headings =
          java.util.Arrays.stream(headings).map(Vocabulary::toTraditional).toArray(String[]::new);
    }
    StringBuilder md = new StringBuilder(target + 400);
    int section = 0;
    while (md.length() < target) {
      String heading = headings[section % headings.length];
      if (section >= headings.length) {
        heading = (english ? "Case " : "案例 ") + (section - headings.length + 1);
      }
      md.append("## ").append(heading).append("\n\n");
      boolean steps =
          heading.contains("步骤")
              || heading.contains("步驟")
              || heading.equals("Steps")
              || heading.equals("Diagnosis");
      if (steps) {
        Pools pools = pools(language, r);
        int n = 3 + r.nextInt(4);
        for (int s = 1; s <= n; s++) {
          md.append(s).append(". ").append(pools.step(r)).append('\n');
        }
        md.append('\n');
      } else {
        int paragraphs = 1 + r.nextInt(3);
        for (int p = 0; p < paragraphs && md.length() < target; p++) {
          Pools pools = pools(language, r);
          int sentences = 2 + r.nextInt(4);
          for (int s = 0; s < sentences; s++) {
            if (s > 0) {
              md.append(pools.sentenceGap());
            }
            md.append(pools.sentence(r));
          }
          md.append("\n\n");
        }
      }
      section++;
    }
    String text = md.toString().strip();
    if (language.equals("zh-Hant") && r.nextInt(3) == 0) {
      for (Map.Entry<String, String> artefact : Vocabulary.PINYIN_ARTEFACTS.entrySet()) {
        text = text.replace(artefact.getKey(), artefact.getValue());
      }
    }
    return text;
  }

  private static Pools pools(String language, SplittableRandom random) {
    return switch (language) {
      case "zh-Hant" -> Vocabulary.TRADITIONAL;
      case "en" -> Vocabulary.ENGLISH;
      case "mixed" -> random.nextInt(3) == 0 ? Vocabulary.ENGLISH : Vocabulary.SIMPLIFIED;
      default -> Vocabulary.SIMPLIFIED;
    };
  }

  private static List<String> tags(SplittableRandom random) {
    int n = 2 + random.nextInt(4);
    Set<String> tags = new LinkedHashSet<>();
    while (tags.size() < n) {
      tags.add(Vocabulary.pick(Vocabulary.TAGS, random));
    }
    return new ArrayList<>(tags);
  }

  private static <T> T weighted(T[] values, int[] weights, SplittableRandom random) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int k = 0; k < values.length; k++) {
      r -= weights[k];
      if (r < 0) {
        return values[k];
      }
    }
    return values[values.length - 1];
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
