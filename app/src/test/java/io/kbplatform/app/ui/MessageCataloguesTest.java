package io.kbplatform.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message catalogue of the web UI ({@code messages.js} and {@code *-messages.js} in each
 * folder under {@code webapp/ui/}) says everything in both languages: a key present in English but
 * not in Simplified Chinese (or the other way round) would show the raw key or the other language
 * to some users. Failures name the file, the language that lacks the key, and the key.
 */
class MessageCataloguesTest {

  private static final List<String> LANGUAGES = List.of("en", "zh-CN");
  private static final Pattern MESSAGE_CALL = Pattern.compile("\\bt\\(\\s*(['\"])([^'\"`]+)\\1");

  @Test
  void everyCatalogueHasTheSameKeysInEnglishAndChinese() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : catalogues()) {
      Map<String, Map<String, Integer>> keys = Catalogue.parse(Files.readString(file));
      for (String language : LANGUAGES) {
        if (!keys.containsKey(language)) {
          problems.add(name(file) + ": no '" + language + "' messages");
        }
      }
      for (String language : LANGUAGES) {
        for (String other : LANGUAGES) {
          if (language.equals(other)) {
            continue;
          }
          Map<String, Integer> here = keys.getOrDefault(language, Map.of());
          Map<String, Integer> there = keys.getOrDefault(other, Map.of());
          for (Map.Entry<String, Integer> key : here.entrySet()) {
            if (!there.containsKey(key.getKey())) {
              problems.add(
                  String.format(
                      "%s: '%s' (line %d) is missing in '%s'",
                      name(file), key.getKey(), key.getValue(), other));
            }
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  void noCatalogueSaysTheSameKeyTwiceInOneLanguage() throws IOException {
    // In an object literal the later of two equal keys silently wins: one translation is dead.
    List<String> problems = new ArrayList<>();
    for (Path file : catalogues()) {
      Catalogue.parse(Files.readString(file), problems::add, name(file));
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  void everyKeyAScreenAsksForByNameIsInACatalogue() throws IOException {
    // Keys built at run time (t(`status.${status}`)) are not checked; literal ones are.
    Set<String> known = new HashSet<>();
    for (Path file : catalogues()) {
      known.addAll(Catalogue.parse(Files.readString(file)).getOrDefault("en", Map.of()).keySet());
    }
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(uiFolder())) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".js")).sorted().toList()) {
        Matcher call = MESSAGE_CALL.matcher(Files.readString(file));
        while (call.find()) {
          if (!known.contains(call.group(2))) {
            problems.add(name(file) + ": t('" + call.group(2) + "') is in no catalogue");
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  void theCheckReadsEveryCatalogueOfTheUi() throws IOException {
    List<String> names = catalogues().stream().map(MessageCataloguesTest::name).toList();
    assertTrue(names.contains("core/messages.js"), names::toString);
    assertTrue(names.contains("search/messages.js"), names::toString);
    assertTrue(names.contains("authoring/history-messages.js"), names::toString);
    for (Path file : catalogues()) {
      Map<String, Map<String, Integer>> keys = Catalogue.parse(Files.readString(file));
      assertFalse(
          keys.getOrDefault("en", Map.of()).isEmpty(), name(file) + ": no English keys found");
    }
  }

  @Test
  void aKeyMissingInOneLanguageIsFoundAndNamed() {
    String source =
        """
        // Messages of a screen.
        registerMessages({
          en: {
            'a.one': 'One {n}',
            "a.two": `Two, with a } brace`, // comment: 'not.a.key': 'x'
            /* 'neither.a.key': 'y' */
            'a.three': 'It\\'s three',
          },
          'zh-CN': {
            'a.one': '一 {n}',
            'a.three': '三',
          },
        });
        """;
    Map<String, Map<String, Integer>> keys = Catalogue.parse(source);
    assertEquals(new TreeSet<>(List.of("a.one", "a.two", "a.three")), keys.get("en").keySet());
    assertEquals(new TreeSet<>(List.of("a.one", "a.three")), keys.get("zh-CN").keySet());
    assertEquals(5, keys.get("en").get("a.two"));
  }

  private static List<Path> catalogues() throws IOException {
    Path ui = uiFolder();
    try (Stream<Path> files = Files.walk(ui)) {
      List<Path> found =
          files
              .filter(Files::isRegularFile)
              .filter(file -> file.getFileName().toString().matches("(.*-)?messages\\.js"))
              .sorted()
              .toList();
      assertFalse(found.isEmpty(), "no messages.js under " + ui.toAbsolutePath());
      return found;
    }
  }

  private static String name(Path file) {
    return uiFolder().relativize(file).toString().replace('\\', '/');
  }

  /** {@code src/main/webapp/ui} of this module; {@code -Dkb.ui.dir=…} points elsewhere. */
  private static Path uiFolder() {
    String configured = System.getProperty("kb.ui.dir");
    if (configured != null) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("basedir", "."), "src", "main", "webapp", "ui");
  }

  /**
   * Reads the keys of a catalogue: the property names of the objects that are the value of a
   * property named after a language ({@code en: {…}, 'zh-CN': {…}}), wherever they are nested. A
   * small tokenizer for the JavaScript the catalogues are written in (strings in any quotes,
   * comments, braces), not a full parser.
   */
  static final class Catalogue {

    static Map<String, Map<String, Integer>> parse(String source) {
      return parse(source, problem -> {}, "");
    }

    static Map<String, Map<String, Integer>> parse(
        String source, Consumer<String> duplicates, String fileName) {
      Map<String, Map<String, Integer>> keys = new LinkedHashMap<>();
      List<Token> tokens = tokens(source);
      Deque<String> objects = new ArrayDeque<>(); // the property each open object is the value of
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        if (token.is("{")) {
          boolean valueOfProperty = i >= 2 && tokens.get(i - 1).is(":") && tokens.get(i - 2).name;
          objects.push(valueOfProperty ? tokens.get(i - 2).text : "");
        } else if (token.is("}")) {
          objects.poll();
        } else if (token.name
            && i + 1 < tokens.size()
            && tokens.get(i + 1).is(":")
            && !objects.isEmpty()
            && LANGUAGES.contains(objects.peek())) {
          Map<String, Integer> language =
              keys.computeIfAbsent(objects.peek(), l -> new LinkedHashMap<>());
          Integer earlier = language.putIfAbsent(token.text, token.line);
          if (earlier != null) {
            duplicates.accept(
                String.format(
                    "%s: '%s' appears twice in '%s' (lines %d and %d)",
                    fileName, token.text, objects.peek(), earlier, token.line));
          }
        }
      }
      return keys;
    }

    /** A string or identifier (a possible property name) or one punctuation character. */
    private record Token(String text, boolean name, int line) {
      boolean is(String punctuation) {
        return !name && text.equals(punctuation);
      }
    }

    private static List<Token> tokens(String s) {
      List<Token> tokens = new ArrayList<>();
      int line = 1;
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '\n') {
          line++;
          i++;
        } else if (s.startsWith("//", i)) {
          int end = s.indexOf('\n', i);
          i = end < 0 ? s.length() : end;
        } else if (s.startsWith("/*", i)) {
          int end = s.indexOf("*/", i + 2);
          end = end < 0 ? s.length() : end + 2;
          line += count(s, i, end);
          i = end;
        } else if (c == '\'' || c == '"' || c == '`') {
          StringBuilder text = new StringBuilder();
          int start = line;
          i++;
          while (i < s.length() && s.charAt(i) != c) {
            if (s.charAt(i) == '\\' && i + 1 < s.length()) {
              i++;
            }
            if (s.charAt(i) == '\n') {
              line++;
            }
            text.append(s.charAt(i));
            i++;
          }
          i++;
          tokens.add(new Token(text.toString(), true, start));
        } else if (Character.isJavaIdentifierStart(c)) {
          int start = i;
          while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) {
            i++;
          }
          tokens.add(new Token(s.substring(start, i), true, line));
        } else if (Character.isWhitespace(c)) {
          i++;
        } else {
          tokens.add(new Token(String.valueOf(c), false, line));
          i++;
        }
      }
      return tokens;
    }

    private static int count(String s, int from, int to) {
      int lines = 0;
      for (int i = from; i < to; i++) {
        if (s.charAt(i) == '\n') {
          lines++;
        }
      }
      return lines;
    }
  }
}
