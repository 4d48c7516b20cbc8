package io.kbplatform.content.feedback;

/**
 * Where a flag or comment stands in its owner's inbox: new, acknowledged (seen, being worked on) or
 * resolved. It only ever moves forward.
 */
public enum FeedbackState {
  NEW,
  ACKNOWLEDGED,
  RESOLVED;

  public boolean isOpen() {
    return this != RESOLVED;
  }
}
