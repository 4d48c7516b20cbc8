package io.kbplatform.content.synonym;

import io.kbplatform.content.common.InvalidRequestException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the starter synonym sets: one set per line, {@code key: term, term, term}, with {@code
 * [zh]} or {@code [en]} after the key for a same-language set; {@code #} starts a comment. A
 * bilingual set needs a Chinese and a Latin-script term, a {@code [zh]} set only Chinese terms, an
 * {@code [en]} set none; a term of one Chinese character is refused (it would match inside other
 * words). The terms follow the rules of every set ({@link SynonymTerms}). The format is described
 * at the top of {@value #RESOURCE}.
 */
public final class StarterSetFile {

  /** The shipped starter set, on the class path. */
  public static final String RESOURCE = "synonyms/starter-set.txt";

  private static final Pattern LINE =
      Pattern.compile("([a-z0-9][a-z0-9-]*)\\s*(?:\\[(zh|en)])?\\s*:\\s*(.*)");
  private static final Pattern TERM_SEPARATOR = Pattern.compile("\\s*[,，]\\s*");

  private StarterSetFile() {}

  /** The shipped starter set. */
  public static List<StarterSet> shipped() {
    InputStream in = StarterSetFile.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the class path");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The sets of a starter file, in file order.
   *
   * @throws IllegalArgumentException naming the line, for a line that breaks the format
   */
  public static List<StarterSet> parse(Reader reader) throws IOException {
    List<StarterSet> sets = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      try {
        StarterSet set = parseLine(text);
        if (!keys.add(set.key())) {
          throw new IllegalArgumentException("the key " + set.key() + " is used twice");
        }
        sets.add(set);
      } catch (IllegalArgumentException | InvalidRequestException e) {
        throw new IllegalArgumentException("Line " + number + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(sets);
  }

  private static StarterSet parseLine(String text) {
    Matcher m = LINE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("expected 'key: term, term', got '" + text + "'");
    }
    String key = m.group(1);
    if (key.length() > SynonymSet.STARTER_KEY_LENGTH) {
      throw new IllegalArgumentException("the key " + key + " is too long");
    }
    StarterSet.Languages languages =
        m.group(2) == null
            ? StarterSet.Languages.BILINGUAL
            : m.group(2).equals("zh") ? StarterSet.Languages.CHINESE : StarterSet.Languages.ENGLISH;
    List<String> terms = SynonymTerms.checked(List.of(TERM_SEPARATOR.split(m.group(3).strip())));
    for (String term : terms) {
      if (term.codePointCount(0, term.length()) == 1 && Scripts.isChinese(term)) {
        throw new IllegalArgumentException("the one-character term " + term + " would over-match");
      }
    }
    long chinese = terms.stream().filter(Scripts::isChinese).count();
    long latin = terms.stream().filter(Scripts::isLatin).count();
    boolean fits =
        switch (languages) {
          case BILINGUAL -> chinese >= 1 && latin >= 1;
          case CHINESE -> chinese == terms.size();
          case ENGLISH -> chinese == 0;
        };
    if (!fits) {
      throw new IllegalArgumentException(
          "the set "
              + key
              + " is marked "
              + languages
              + " but has "
              + chinese
              + " Chinese and "
              + latin
              + " Latin terms");
    }
    return new StarterSet(key, languages, terms);
  }
}
