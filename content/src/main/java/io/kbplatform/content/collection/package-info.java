/**
 * Collections: a parent article that lists, in order, the sections a long imported document was
 * split into; each section knows its collection and its place, and readers move between them.
 */
package io.kbplatform.content.collection;
