package io.kbplatform.app.security;

import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.audit.AuditLog;
import io.kbplatform.content.user.PasswordHasher;
import io.kbplatform.content.user.UserAccount;
import io.kbplatform.content.user.UserRepository;
import io.kbplatform.content.user.UserService;
import io.kbplatform.content.user.Usernames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place a password is checked: HTTP Basic, the sign-in form and the password change all
 * come here. In order: a password verified in the last minutes passes at once (scripts send Basic
 * on every request and must stay fast); a throttled username or address is refused without work; at
 * most {@code kb.signin.max-concurrent-checks} PBKDF2 runs happen at once (a burst of guesses
 * cannot take every core); failures are counted and audited, never with the password.
 */
@ApplicationScoped
public class PasswordSignIn {

  private static final Duration VERIFIED_TTL = Duration.ofMinutes(5);

  /** How long a check may queue for a free core before the caller is told to come back. */
  private static final long HASH_WAIT_MILLIS = 1_000;

  private final PasswordHasher hasher = new PasswordHasher();
  private final VerifiedPasswords verified = new VerifiedPasswords(VERIFIED_TTL.toMillis());

  /** Checked when the user does not exist, so that a miss costs as much as a wrong password. */
  private final String decoyHash = hasher.hash("decoy-password".toCharArray());

  private UserRepository users;
  private UserService accounts;
  private AuditLog audit;
  private Clock clock;
  private SignInThrottle throttle;
  private Semaphore hashing;
  private Set<String> trustedProxies;

  protected PasswordSignIn() {}

  @Inject
  public PasswordSignIn(
      UserRepository users,
      UserService accounts,
      AuditLog audit,
      Clock clock,
      @ConfigProperty(name = "kb.signin.user.free-failures", defaultValue = "5") int userFree,
      @ConfigProperty(name = "kb.signin.user.max-delay", defaultValue = "PT1M")
          Duration userMaxDelay,
      @ConfigProperty(name = "kb.signin.address.free-failures", defaultValue = "20")
          int addressFree,
      @ConfigProperty(name = "kb.signin.address.max-delay", defaultValue = "PT15M")
          Duration addressMaxDelay,
      @ConfigProperty(name = "kb.signin.max-concurrent-checks", defaultValue = "0")
          int maxConcurrentChecks,
      @ConfigProperty(name = "kb.http.trusted-proxies") Optional<String> trustedProxies) {
    this.trustedProxies =
        trustedProxies.stream()
            .flatMap(list -> Arrays.stream(list.split(",")))
            .map(String::strip)
            .filter(address -> !address.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    this.users = users;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
    this.throttle =
        new SignInThrottle(
            new ThrottlePolicy(userFree, userMaxDelay, Duration.ofMinutes(3)),
            new ThrottlePolicy(addressFree, addressMaxDelay, Duration.ofMinutes(1)));
    this.hashing =
        new Semaphore(
            maxConcurrentChecks > 0
                ? maxConcurrentChecks
                : Runtime.getRuntime().availableProcessors());
  }

  /** Checks {@code password} for {@code username}, sent with {@code request}. */
  public SignInResult check(String username, char[] password, HttpServletRequest request) {
    return check(username, password, ClientAddress.of(request, trustedProxies));
  }

  /** Checks {@code password} for {@code username}, typed by a client at {@code address}. */
  public SignInResult check(String username, char[] password, String address) {
    String canonical = Usernames.canonical(username);
    Optional<UserAccount> account = users.findByUsername(username).filter(UserAccount::enabled);
    Instant now = clock.instant();
    if (account.isPresent()
        && verified.isVerified(
            canonical, password, account.get().passwordHash(), now.toEpochMilli())) {
      return new SignInResult.Valid(account.get());
    }
    Optional<Duration> wait = throttle.waitFor(canonical, address, now);
    if (wait.isPresent()) {
      return new SignInResult.Throttled(wait.get());
    }
    Boolean matches = hashed(password, account.map(UserAccount::passwordHash).orElse(decoyHash));
    if (matches == null) {
      return new SignInResult.Busy();
    }
    if (account.isEmpty() || !matches) {
      failed(username, canonical, address);
      return new SignInResult.Invalid();
    }
    UserAccount signedIn = account.get();
    throttle.succeeded(canonical);
    if (accounts.needsRehash(signedIn.passwordHash())) {
      accounts.rehashIfWeaker(signedIn.username(), password);
      signedIn = users.findByUsername(signedIn.username()).orElse(signedIn);
    }
    verified.remember(canonical, password, signedIn.passwordHash(), now.toEpochMilli());
    audit.recordAlone(
        signedIn.username(), AuditAction.LOGIN_SUCCEEDED, "user", signedIn.username(), null);
    return new SignInResult.Valid(signedIn);
  }

  /** PBKDF2 under the concurrency bound; null when no slot freed up in time. */
  private Boolean hashed(char[] password, String storedHash) {
    try {
      if (!hashing.tryAcquire(HASH_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
        return null;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    try {
      return hasher.matches(password, storedHash);
    } finally {
      hashing.release();
    }
  }

  private void failed(String username, String canonical, String address) {
    audit.recordAlone(username, AuditAction.LOGIN_FAILED, "user", username, "from " + address);
    for (SignInThrottle.Block block : throttle.failed(canonical, address, clock.instant())) {
      audit.recordAlone(
          username,
          AuditAction.SIGNIN_THROTTLED,
          block.kind(),
          block.key(),
          block.failures()
              + " failed sign-ins in a row (last from "
              + address
              + "); the next attempt must wait "
              + block.delay().toSeconds()
              + " s");
    }
  }
}
