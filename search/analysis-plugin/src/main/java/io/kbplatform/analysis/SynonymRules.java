package io.kbplatform.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/** Parses Solr-format synonym rules into a {@link SynonymMap}, optionally skipping bad rules. */
final class SynonymRules {

  private final SynonymMap map;
  private final List<String> skipped;

  private SynonymRules(SynonymMap map, List<String> skipped) {
    this.map = map;
    this.skipped = List.copyOf(skipped);
  }

  /** Parses each rule on its own so that, when lenient, one bad rule does not lose the others. */
  static SynonymRules parse(
      List<String> rules, boolean expand, boolean lenient, Analyzer analyzer) {
    SolrSynonymParser parser = new SolrSynonymParser(true, expand, analyzer);
    List<String> skipped = new ArrayList<>();
    for (String rule : rules) {
      try {
        parser.parse(new StringReader(rule));
      } catch (ParseException | IllegalArgumentException e) {
        if (!lenient) {
          throw new IllegalArgumentException("invalid synonym rule [" + rule + "]", e);
        }
        skipped.add(rule);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try {
      return new SynonymRules(parser.build(), skipped);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parsed rules; its {@code fst} is null when there are none. */
  SynonymMap map() {
    return map;
  }

  /** Whether there is no rule at all, in which case the filter is a no-op. */
  boolean isEmpty() {
    return map.fst == null;
  }

  /** The rules that were skipped because they could not be parsed (lenient mode only). */
  List<String> skipped() {
    return skipped;
  }
}
