/**
 * Elasticsearch analysis plugin {@code kb-analysis}, written against the stable plugin API.
 *
 * <p>It supplies the analysis components that Chinese (Traditional and Simplified, mixed with
 * English) search needs on a server without the {@code analysis-common} module. Every component
 * name is prefixed {@code kb_} so it never collides with the built-in {@code cjk_*} names of the
 * full distribution:
 *
 * <ul>
 *   <li>char filter {@code kb_pinyin_strip}: {@link
 *       io.kbplatform.analysis.PinyinStripCharFilterFactory}
 *   <li>token filter {@code kb_width}: {@link io.kbplatform.analysis.WidthTokenFilterFactory}
 *   <li>token filter {@code kb_lowercase}: {@link
 *       io.kbplatform.analysis.LowercaseTokenFilterFactory}
 *   <li>token filter {@code kb_t2s}: {@link
 *       io.kbplatform.analysis.TraditionalToSimplifiedTokenFilterFactory}
 *   <li>token filter {@code kb_cjk_bigram}: {@link
 *       io.kbplatform.analysis.CjkBigramTokenFilterFactory}
 *   <li>token filter {@code kb_synonym}: {@link io.kbplatform.analysis.SynonymTokenFilterFactory}
 *   <li>token filter {@code kb_english_stem}: {@link
 *       io.kbplatform.analysis.EnglishStemTokenFilterFactory}
 *   <li>tokenizer {@code kb_icu}: {@link io.kbplatform.analysis.IcuTokenizerFactory}
 * </ul>
 *
 * <p>{@code kb_width}, {@code kb_lowercase} and {@code kb_t2s} also normalize wildcard, prefix and
 * fuzzy query terms, but Elasticsearch 8.19 refuses stable-API filters in custom keyword
 * normalizers ("may not use filter").
 *
 * <p>Elasticsearch finds the components through {@code named_components.json} in the plugin zip,
 * which must list every {@link org.elasticsearch.plugin.NamedComponent} class of this package.
 */
package io.kbplatform.analysis;
