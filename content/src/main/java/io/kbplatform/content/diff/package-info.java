/**
 * Comparing two versions of an article: a structured diff of title, body and tags that is
 * character-level for Chinese, Japanese and Korean text and word-level for English, with bounded
 * time and memory for any input size.
 */
package io.kbplatform.content.diff;
