package io.kbplatform.content.importing;

/**
 * A limit that concerns the whole import (the space's attachment quota, the bytes one import may
 * restore) was reached: the job stops, and the drafts it created so far are discarded.
 */
class ImportStopped extends Exception {

  private static final long serialVersionUID = 1L;

  ImportStopped(String message) {
    super(message);
  }
}
