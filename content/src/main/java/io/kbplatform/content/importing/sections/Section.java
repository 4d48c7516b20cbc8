package io.kbplatform.content.importing.sections;

/**
 * One part of a split document, to become one article.
 *
 * @param title its heading (or its first slide's title), cleaned
 * @param body its Markdown, without the heading itself
 */
public record Section(String title, String body) {}
