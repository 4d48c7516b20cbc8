package io.kbplatform.content.permission;

import io.kbplatform.content.space.Space;
import java.util.Set;

/** What the access policy needs to know about an article. */
public interface Securable {

  Space space();

  String owner();

  /** Group keys the article is restricted to; empty when every reader of the space may read it. */
  Set<String> restrictedTo();

  /** Whether readers have a published version to read (drafts are for editors only). */
  boolean isPublished();

  boolean isArchived();
}
