package io.kbplatform.content.permission;

import java.util.Objects;

/**
 * A user, a group or everyone, as grants and the search index name them. The {@link #token()} is
 * what permission fields of indexed documents hold.
 */
public record Principal(PrincipalType type, String name) {

  public static final String EVERYONE_NAME = "*";
  public static final Principal EVERYONE = new Principal(PrincipalType.EVERYONE, EVERYONE_NAME);

  public Principal {
    Objects.requireNonNull(type);
    name = type == PrincipalType.EVERYONE ? EVERYONE_NAME : Objects.requireNonNull(name);
  }

  public static Principal user(String username) {
    return new Principal(PrincipalType.USER, username);
  }

  public static Principal group(String groupKey) {
    return new Principal(PrincipalType.GROUP, groupKey);
  }

  public String token() {
    return switch (type) {
      case EVERYONE -> "everyone";
      case USER -> "user:" + name;
      case GROUP -> "group:" + name;
    };
  }
}
