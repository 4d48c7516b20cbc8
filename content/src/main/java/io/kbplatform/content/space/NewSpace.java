package io.kbplatform.content.space;

/** What it takes to create a space. */
public record NewSpace(String key, String name, String description) {}
