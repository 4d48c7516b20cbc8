package io.kbplatform.content.permission;

/**
 * Fired inside the transaction that changed who may read a space, so that its articles are
 * re-indexed with their new permission fields.
 */
public record SpaceAccessChanged(String spaceKey) {}
