package io.kbplatform.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@code kb_cjk_bigram}: joins adjacent Han, kana and Hangul tokens into bigrams. */
@NamedComponent("kb_cjk_bigram")
public class CjkBigramTokenFilterFactory implements TokenFilterFactory {

  private static final int ALL_SCRIPTS =
      CJKBigramFilter.HAN
          | CJKBigramFilter.HIRAGANA
          | CJKBigramFilter.KATAKANA
          | CJKBigramFilter.HANGUL;

  private final boolean outputUnigrams;

  /** Reads {@code output_unigrams} (default false). */
  @Inject
  public CjkBigramTokenFilterFactory(CjkBigramSettings settings) {
    this.outputUnigrams = settings.outputUnigrams();
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new CJKBigramFilter(tokenStream, ALL_SCRIPTS, outputUnigrams);
  }
}
