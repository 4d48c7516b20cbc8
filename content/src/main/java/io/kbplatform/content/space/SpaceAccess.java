package io.kbplatform.content.space;

import io.kbplatform.content.permission.AccessLevel;

/** A space an actor may read, with what the actor may do in it. */
public record SpaceAccess(Space space, AccessLevel level) {}
