package io.kbplatform.analysis;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/** Settings of {@code kb_cjk_bigram}. */
@AnalysisSettings
public interface CjkBigramSettings {

  /** Also emit single CJK characters next to the bigrams ({@code output_unigrams}). */
  @BooleanSetting(path = "output_unigrams", defaultValue = false)
  boolean outputUnigrams();
}
