package io.kbplatform.content.importing;

import io.kbplatform.content.permission.Actor;

/** Who imports, into which space and (optionally) under which category. */
record ImportTarget(Actor actor, String spaceKey, String categoryId) {}
