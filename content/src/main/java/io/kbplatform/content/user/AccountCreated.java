package io.kbplatform.content.user;

/**
 * Fired inside the transaction that created an account, so that what knows every account (the
 * masking of colleagues' names in search analytics) learns of it once the account is committed.
 */
public record AccountCreated(String username) {}
