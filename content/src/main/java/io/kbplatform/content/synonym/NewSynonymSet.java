package io.kbplatform.content.synonym;

import java.util.List;

/**
 * What an author asks for when creating a synonym set.
 *
 * @param spaceKey the space the set applies to, or null for every space
 * @param terms the words that mean the same thing
 */
public record NewSynonymSet(String spaceKey, List<String> terms) {}
