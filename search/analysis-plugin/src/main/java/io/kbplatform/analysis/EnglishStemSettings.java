package io.kbplatform.analysis;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;

/** Settings of {@code kb_english_stem}. */
@AnalysisSettings
public interface EnglishStemSettings {

  /** Stemmer: {@code porter} (default), {@code light} (KStem) or {@code minimal} (plurals only). */
  @StringSetting(path = "algorithm", defaultValue = "porter")
  String algorithm();
}
