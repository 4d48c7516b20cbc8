package io.kbplatform.content.attachment;

/** A file whose bytes are in the blob store, with what was learned from them. */
public record StoredFile(
    String blobKey, String fileName, String mediaType, long size, String sha256) {}
