package io.kbplatform.app.security;

import io.kbplatform.content.user.UserAccount;
import java.time.Duration;

/** What became of a password check: signed in, refused, throttled, or the server is too busy. */
public sealed interface SignInResult {

  /** The password is right; the account is enabled. */
  record Valid(UserAccount account) implements SignInResult {}

  /** Wrong username or password (never which of the two). */
  record Invalid() implements SignInResult {}

  /** Too many recent failures for this username or address: try again after {@code retryAfter}. */
  record Throttled(Duration retryAfter) implements SignInResult {}

  /** Too many password checks are running at once: try again in a moment. */
  record Busy() implements SignInResult {}
}
