/**
 * Articles: Markdown knowledge articles in a space, where every save is an immutable version and
 * publishing makes the latest version the one agents see.
 */
package io.kbplatform.content.article;
