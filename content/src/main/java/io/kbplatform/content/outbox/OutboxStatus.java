package io.kbplatform.content.outbox;

/** Whether an outbox event still waits for delivery or has been given up on. */
public enum OutboxStatus {
  PENDING,
  DEAD
}
