package io.kbplatform.analysis;

import java.util.List;

/** Test helper: settings objects as Elasticsearch would inject them. */
final class Settings {

  private Settings() {}

  /** {@code kb_synonym} settings with the given rules and the defaults otherwise. */
  static SynonymSettings synonyms(String... rules) {
    return synonyms(List.of(rules), true, true, "kb_bigram");
  }

  /** {@code kb_synonym} settings with every value given. */
  static SynonymSettings synonyms(
      List<String> rules, boolean expand, boolean lenient, String rulesAnalyzer) {
    return new SynonymSettings() {
      @Override
      public List<String> synonyms() {
        return rules;
      }

      @Override
      public boolean expand() {
        return expand;
      }

      @Override
      public boolean lenient() {
        return lenient;
      }

      @Override
      public String rulesAnalyzer() {
        return rulesAnalyzer;
      }
    };
  }
}
