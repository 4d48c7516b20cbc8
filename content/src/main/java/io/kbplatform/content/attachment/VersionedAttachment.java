package io.kbplatform.content.attachment;

/** An attachment and the article version it was added to (or listed from). */
public record VersionedAttachment(Attachment attachment, int version) {}
