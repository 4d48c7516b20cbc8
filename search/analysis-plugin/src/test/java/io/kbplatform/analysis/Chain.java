package io.kbplatform.analysis;

import java.io.Reader;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Test helper: a Lucene analyzer assembled from plugin factories, as a custom analyzer would be.
 */
final class Chain extends Analyzer {

  private final Supplier<? extends Tokenizer> tokenizer;
  private final List<CharFilterFactory> charFilters;
  private final List<TokenFilterFactory> filters;

  Chain(
      Supplier<? extends Tokenizer> tokenizer,
      List<CharFilterFactory> charFilters,
      List<TokenFilterFactory> filters) {
    this.tokenizer = tokenizer;
    this.charFilters = charFilters;
    this.filters = filters;
  }

  /** The {@code standard} tokenizer followed by the given filters. */
  static Chain standard(TokenFilterFactory... filters) {
    return new Chain(StandardTokenizer::new, List.of(), List.of(filters));
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    Reader result = reader;
    for (CharFilterFactory f : charFilters) {
      result = f.create(result);
    }
    return result;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = tokenizer.get();
    TokenStream stream = source;
    for (TokenFilterFactory f : filters) {
      stream = f.create(stream);
    }
    return new TokenStreamComponents(source, stream);
  }
}
