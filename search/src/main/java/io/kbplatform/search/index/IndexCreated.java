package io.kbplatform.search.index;

/** A new, empty article index now stands behind the alias: everything must be indexed again. */
public record IndexCreated(String concreteIndex) {}
