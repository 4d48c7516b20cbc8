/** Spaces: the separate knowledge bases that articles live in, each known by a short key. */
package io.kbplatform.content.space;
