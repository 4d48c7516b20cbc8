package io.kbplatform.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@code kb_english_stem}: English stemming ({@code refunds} to {@code refund}). */
@NamedComponent("kb_english_stem")
public class EnglishStemTokenFilterFactory implements TokenFilterFactory {

  private final EnglishStemmer stemmer;

  /** Reads {@code algorithm}: {@code porter} (default), {@code light} or {@code minimal}. */
  @Inject
  public EnglishStemTokenFilterFactory(EnglishStemSettings settings) {
    this.stemmer = EnglishStemmer.of(settings.algorithm());
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return stemmer.wrap(tokenStream);
  }
}
