package io.kbplatform.content.user;

import java.util.Set;

/** What it takes to create a user account. */
public record NewUser(String username, String displayName, char[] password, Set<Role> roles) {}
