package io.kbplatform.app.session;

import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.space.SpaceAccess;
import java.util.List;
import java.util.Locale;

/**
 * Who is signed in and what they may do: roles, and their level in each readable space. {@code
 * csrfToken} is present for a browser session and must be sent back as {@code X-CSRF-Token} on
 * every request that changes something.
 */
public record SessionView(
    String username,
    String displayName,
    List<String> roles,
    List<SpaceLevel> spaces,
    String csrfToken) {

  /** A readable space and the caller's level in it. */
  public record SpaceLevel(String key, String name, AccessLevel level) {

    static SpaceLevel of(SpaceAccess access) {
      return new SpaceLevel(access.space().key(), access.space().name(), access.level());
    }
  }

  static List<String> sorted(java.util.Collection<String> roles) {
    return roles.stream().map(r -> r.toUpperCase(Locale.ROOT)).sorted().toList();
  }
}
