package io.kbplatform.content.outbox;

/**
 * CDI event fired when an outbox event is written; observers that wait for the transaction to
 * succeed use it to deliver at once instead of at the next poll.
 */
public record OutboxRecorded(String aggregateType, String aggregateId) {}
