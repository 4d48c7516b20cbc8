package io.kbplatform.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;

/**
 * Char filter {@code kb_pinyin_strip}: deletes bracketed lower-case pinyin right after Han
 * characters ({@code 體驗(tǐ yàn)} to {@code 體驗}) and leaves other brackets such as {@code (CRM)}.
 */
@NamedComponent("kb_pinyin_strip")
public class PinyinStripCharFilterFactory implements CharFilterFactory {

  @Override
  public Reader create(Reader reader) {
    return new PatternReplaceCharFilter(PinyinPattern.pattern(), "", reader);
  }
}
