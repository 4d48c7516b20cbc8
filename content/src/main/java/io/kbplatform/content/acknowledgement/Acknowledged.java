package io.kbplatform.content.acknowledgement;

/** The outcome of acknowledging: the record, and whether this request created it. */
public record Acknowledged(Acknowledgement acknowledgement, boolean created) {}
