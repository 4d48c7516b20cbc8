package io.kbplatform.content.synonym;

/**
 * Fired when a synonym set was created, changed or deleted; observe it with {@code during =
 * TransactionPhase.AFTER_SUCCESS} to act only once the change is committed.
 *
 * @param spaceKey the space of the set, or null for a global set
 */
public record SynonymsChanged(String spaceKey) {}
