package io.kbplatform.content.importing.sections;

import java.util.List;

/**
 * A document after cleaning and splitting.
 *
 * @param title the document's real title, for the collection
 * @param introduction the text before the first section, if it was too short to be one
 * @param sections in document order; one section means the document stays whole
 * @param removed what the cleaning removed, for people, empty if nothing
 */
public record SplitDocument(
    String title, String introduction, List<Section> sections, String removed) {

  public SplitDocument {
    sections = List.copyOf(sections);
  }

  /** Whether the document became several sections (a collection) rather than one article. */
  public boolean isSplit() {
    return sections.size() > 1;
  }
}
