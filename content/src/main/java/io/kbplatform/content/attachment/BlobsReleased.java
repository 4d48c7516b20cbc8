package io.kbplatform.content.attachment;

import java.util.List;

/** Fired in a transaction that removed attachment rows: their blobs go once it commits. */
public record BlobsReleased(List<String> blobKeys) {}
