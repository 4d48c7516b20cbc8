package io.kbplatform.bench.corpus;

import java.util.List;

/**
 * A space of the corpus and who may read it.
 *
 * @param readerGroups groups granted VIEW; empty means everyone may read it
 */
public record CorpusSpace(
    String id,
    String key,
    String name,
    List<String> readerGroups,
    List<CorpusCategory> categories) {

  /** A flat category of a space. */
  public record CorpusCategory(String id, String name, int position) {}

  public boolean openToEveryone() {
    return readerGroups.isEmpty();
  }
}
