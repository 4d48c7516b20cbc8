package io.kbplatform.content.article;

/**
 * What the index should hold of an article, in brief: its published version and whether archived.
 */
public record PublishedState(String id, int version, boolean archived) {}
