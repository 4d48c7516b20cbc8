package io.kbplatform.search.synonym;

/**
 * Another way to say a query: with one synonym in place of the term the searcher typed, or the
 * whole query said in the other language through the synonym sets.
 *
 * @param text the query text (normalised) with the synonym in place
 * @param spaceKey the only space whose articles this alternative may find; null for every space
 */
public record QueryAlternative(String text, String spaceKey) {}
