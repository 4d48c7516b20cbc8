package io.kbplatform.analysis;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@code kb_t2s}: converts Traditional Chinese to Simplified (ICU transliterator). */
@NamedComponent("kb_t2s")
public class TraditionalToSimplifiedTokenFilterFactory implements TokenFilterFactory {

  /** The ICU transliterator id used by this filter. */
  static final String TRANSLITERATOR_ID = "Traditional-Simplified";

  private final Transliterator transliterator = Transliterator.getInstance(TRANSLITERATOR_ID);

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new ICUTransformFilter(tokenStream, transliterator);
  }

  @Override
  public TokenStream normalize(TokenStream tokenStream) {
    return create(tokenStream);
  }
}
