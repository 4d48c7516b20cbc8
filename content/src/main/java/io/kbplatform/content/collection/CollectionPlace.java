package io.kbplatform.content.collection;

import java.util.Optional;

/**
 * Where a section stands in its collection, as one reader may see it: neighbours the reader cannot
 * read (a draft, a restricted article) are skipped.
 *
 * @param collection the parent article
 * @param position the section's place, from 1
 * @param previous the section before, if any
 * @param next the section after, if any
 */
public record CollectionPlace(
    Link collection, int position, Optional<Link> previous, Optional<Link> next) {

  /** An article named by its id and the title the reader sees. */
  public record Link(String id, String title) {}
}
