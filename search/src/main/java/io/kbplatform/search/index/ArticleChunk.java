package io.kbplatform.search.index;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A passage of an article (at most 500 characters) and its embedding, for semantic retrieval. */
public record ArticleChunk(
    @JsonProperty("text") String text, @JsonProperty("vector") float[] vector) {}
