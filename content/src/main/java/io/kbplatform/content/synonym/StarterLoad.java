package io.kbplatform.content.synonym;

/**
 * What loading the starter synonym sets did.
 *
 * @param added starter sets added now
 * @param kept starter sets already there (as loaded or as an author edited them), left alone
 * @param leftOut starter sets not added because the global scope had no room left
 */
public record StarterLoad(int added, int kept, int leftOut) {}
