package io.kbplatform.search.semantic;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One element of an article document's {@code chunks} array: a passage and its vector.
 *
 * @param text the passage as shown in a snippet (at most {@code kb.search.semantic.chunk-chars})
 * @param vector its embedding, 512 floats of unit length
 */
public record Chunk(@JsonProperty("text") String text, @JsonProperty("vector") float[] vector) {}
