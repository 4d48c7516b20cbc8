package io.kbplatform.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyzers that turn synonym rules into terms the way the kb_* search chains turn text into terms.
 *
 * <p>The stable plugin API gives a token filter no access to the analyzer it is part of, so the
 * synonym rules are analysed by a fixed chain that mirrors the documented index chains.
 */
enum RuleAnalyzers {
  /** standard, kb_width, kb_lowercase, kb_t2s, kb_cjk_bigram, kb_english_stem (porter). */
  KB_BIGRAM(StandardTokenizer::new, true, true),
  /** kb_icu, kb_width, kb_lowercase, kb_t2s, kb_english_stem (porter). */
  KB_ICU(ICUTokenizer::new, false, true),
  /** whitespace, kb_width, kb_lowercase, kb_t2s: rules are taken literally. */
  WHITESPACE(WhitespaceTokenizer::new, false, false);

  private final Supplier<Tokenizer> tokenizer;
  private final boolean bigrams;
  private final boolean stem;

  RuleAnalyzers(Supplier<Tokenizer> tokenizer, boolean bigrams, boolean stem) {
    this.tokenizer = tokenizer;
    this.bigrams = bigrams;
    this.stem = stem;
  }

  /** A new analyzer for this chain; the caller closes it. */
  Analyzer newAnalyzer() {
    TraditionalToSimplifiedTokenFilterFactory t2s = new TraditionalToSimplifiedTokenFilterFactory();
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.get();
        TokenStream stream = t2s.create(new LowerCaseFilter(new CJKWidthFilter(source)));
        if (bigrams) {
          stream = new CJKBigramFilter(stream);
        }
        if (stem) {
          stream = EnglishStemmer.PORTER.wrap(stream);
        }
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  /** Looks a chain up by its setting value, failing with the allowed values. */
  static RuleAnalyzers of(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown rules_analyzer ["
              + name
              + "], expected one of "
              + Arrays.toString(values()).toLowerCase(Locale.ROOT),
          e);
    }
  }
}
