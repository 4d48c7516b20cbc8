package io.kbplatform.analysis;

import java.util.List;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/** Settings of {@code kb_synonym}. */
@AnalysisSettings
public interface SynonymSettings {

  /** Rules in Solr format, one per entry: {@code 退款, 退费, refund} or {@code a => b}. */
  @ListSetting(path = "synonyms")
  List<String> synonyms();

  /** Whether an equivalence list maps every term to every other term (default true). */
  @BooleanSetting(path = "expand", defaultValue = true)
  boolean expand();

  /** Whether a rule that cannot be parsed is skipped instead of failing (default true). */
  @BooleanSetting(path = "lenient", defaultValue = true)
  boolean lenient();

  /** How rules are analysed: {@code kb_bigram} (default), {@code kb_icu} or {@code whitespace}. */
  @StringSetting(path = "rules_analyzer", defaultValue = "kb_bigram")
  String rulesAnalyzer();
}
