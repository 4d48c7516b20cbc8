package io.kbplatform.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code kb_synonym}: a search-time synonym graph filter with inline Solr-format
 * rules.
 *
 * <p>Settings: {@code synonyms} (list, may be empty: then a no-op), {@code expand} (default true),
 * {@code lenient} (default true) and {@code rules_analyzer} (see {@link SynonymSettings}). It is
 * meant to be the last filter of a search analyzer; Elasticsearch rejects it in index analyzers.
 */
@NamedComponent("kb_synonym")
public class SynonymTokenFilterFactory implements TokenFilterFactory {

  private final SynonymRules rules;

  /** Parses the rules once; the map is shared by every stream the filter creates. */
  @Inject
  public SynonymTokenFilterFactory(SynonymSettings settings) {
    RuleAnalyzers chain = RuleAnalyzers.of(settings.rulesAnalyzer());
    try (Analyzer analyzer = chain.newAnalyzer()) {
      this.rules =
          SynonymRules.parse(settings.synonyms(), settings.expand(), settings.lenient(), analyzer);
    }
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    if (rules.isEmpty()) {
      return tokenStream;
    }
    return new SynonymGraphFilter(tokenStream, rules.map(), true);
  }

  @Override
  public AnalysisMode getAnalysisMode() {
    return AnalysisMode.SEARCH_TIME;
  }
}
