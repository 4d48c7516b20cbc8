package io.kbplatform.content.attachment;

import io.kbplatform.content.common.ContentException;

/** A file that would take a space's attachment storage past its quota: 413 for an upload. */
public class StorageQuotaExceededException extends ContentException {

  private static final long serialVersionUID = 1L;

  public StorageQuotaExceededException(String message) {
    super(message);
  }
}
