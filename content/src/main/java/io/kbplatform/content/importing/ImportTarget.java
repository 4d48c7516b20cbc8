package io.kbplatform.content.importing;

import io.kbplatform.content.importing.sections.SplitOptions;
import io.kbplatform.content.permission.Actor;

/** Who imports, into which space, (optionally) under which category, and how to split. */
record ImportTarget(Actor actor, String spaceKey, String categoryId, SplitOptions options) {}
