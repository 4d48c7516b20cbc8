package io.kbplatform.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/** Tokenizer {@code kb_icu}: ICU word segmentation, dictionary based for Chinese and Japanese. */
@NamedComponent("kb_icu")
public class IcuTokenizerFactory implements TokenizerFactory {

  @Override
  public Tokenizer create() {
    return new ICUTokenizer();
  }
}
