package io.kbplatform.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;

/** The English stemming algorithms that {@code kb_english_stem} can apply. */
enum EnglishStemmer {
  /** Porter stemmer, as Elasticsearch's {@code english} stemmer. */
  PORTER(PorterStemFilter::new),
  /** KStem, as Elasticsearch's {@code light_english} stemmer. */
  LIGHT(KStemFilter::new),
  /** Plural stripping only, as Elasticsearch's {@code minimal_english} stemmer. */
  MINIMAL(EnglishMinimalStemFilter::new);

  private final UnaryOperator<TokenStream> filter;

  EnglishStemmer(UnaryOperator<TokenStream> filter) {
    this.filter = filter;
  }

  /** Wraps the stream with this stemmer. */
  TokenStream wrap(TokenStream in) {
    return filter.apply(in);
  }

  /** Looks a stemmer up by its setting value, failing with the allowed values. */
  static EnglishStemmer of(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown English stemmer ["
              + name
              + "], expected one of "
              + Arrays.toString(values()).toLowerCase(Locale.ROOT),
          e);
    }
  }
}
