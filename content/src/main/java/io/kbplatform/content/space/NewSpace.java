package io.kbplatform.content.space;

/**
 * What it takes to create a space. An open space lets every signed-in user read it and authors
 * write in it; a restricted one starts with its creator alone, who grants access.
 */
public record NewSpace(String key, String name, String description, boolean restricted) {}
