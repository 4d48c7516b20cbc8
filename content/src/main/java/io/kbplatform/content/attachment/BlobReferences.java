package io.kbplatform.content.attachment;

/** Whether any attachment row still refers to a blob key (blobs are shared by content hash). */
@FunctionalInterface
public interface BlobReferences {

  boolean isReferenced(String blobKey);
}
