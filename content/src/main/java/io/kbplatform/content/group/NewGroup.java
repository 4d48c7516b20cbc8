package io.kbplatform.content.group;

/** What it takes to create a group. */
public record NewGroup(String key, String name, String description) {}
