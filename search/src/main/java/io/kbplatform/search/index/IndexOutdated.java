package io.kbplatform.search.index;

import java.util.Set;

/**
 * The alias points to indices of an older definition, which keep serving searches: a rebuild into
 * an index of the current definition is needed, then an alias swap.
 */
public record IndexOutdated(Set<String> serving) {}
