package io.kbplatform.search.query;

/** One value of a facet and how many matching articles (that the caller may read) have it. */
public record FacetCount(String value, long count) {}
