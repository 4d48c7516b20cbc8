package io.kbplatform.search.indexing;

import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.index.ArticleIndex;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The article index in maps: the documents served through the alias, and those of each concrete
 * index a rebuild fills. A test can make either side fail the next writes as a cluster would.
 */
final class InMemoryIndex extends ArticleIndex {

  final Map<String, ArticleDocument> serving = new TreeMap<>();
  final Map<String, Map<String, ArticleDocument>> concrete = new HashMap<>();
  final Map<String, Exception> rejecting = new HashMap<>();
  Exception servingFailure;
  Exception concreteFailure;
  int forgotten;

  @Override
  public void put(ArticleDocument document) throws IOException {
    failIf(servingFailure);
    failIf(rejecting.get(document.id()));
    serving.put(document.id(), document);
  }

  @Override
  public void remove(String id) throws IOException {
    failIf(servingFailure);
    serving.remove(id);
  }

  @Override
  public void putInto(String index, ArticleDocument document) throws IOException {
    failIf(concreteFailure);
    concrete.computeIfAbsent(index, k -> new TreeMap<>()).put(document.id(), document);
  }

  @Override
  public void removeFrom(String index, String id) throws IOException {
    failIf(concreteFailure);
    concrete.computeIfAbsent(index, k -> new TreeMap<>()).remove(id);
  }

  @Override
  public void forget() {
    forgotten++;
  }

  private static void failIf(Exception failure) throws IOException {
    if (failure instanceof IOException io) {
      throw io;
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
  }
}
