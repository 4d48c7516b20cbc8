package io.kbplatform.app.security;

import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.audit.AuditLog;
import io.kbplatform.content.user.PasswordHasher;
import io.kbplatform.content.user.Role;
import io.kbplatform.content.user.UserAccount;
import io.kbplatform.content.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks usernames and passwords against the local accounts; roles become the caller's groups. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  private static final long VERIFIED_TTL_MILLIS = 5 * 60 * 1000L;
  private final PasswordHasher hasher = new PasswordHasher();
  private final VerifiedPasswords verified = new VerifiedPasswords(VERIFIED_TTL_MILLIS);

  /**
   * Checked when the user does not exist, so that a miss costs as much time as a wrong password.
   */
  private final String decoyHash = hasher.hash("decoy-password".toCharArray());

  private UserRepository users;
  private AuditLog audit;

  protected DatabaseIdentityStore() {}

  @Inject
  public DatabaseIdentityStore(UserRepository users, AuditLog audit) {
    this.users = users;
    this.audit = audit;
  }

  @Transactional
  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String username = credential.getCaller();
    char[] password = credential.getPassword().getValue();
    Optional<UserAccount> user = users.findByUsername(username).filter(UserAccount::enabled);
    if (user.isEmpty()) {
      hasher.matches(password, decoyHash);
      loginFailed(username);
      return CredentialValidationResult.INVALID_RESULT;
    }
    UserAccount account = user.get();
    long now = System.currentTimeMillis();
    if (!verified.isVerified(username, password, account.passwordHash(), now)) {
      if (!hasher.matches(password, account.passwordHash())) {
        loginFailed(username);
        return CredentialValidationResult.INVALID_RESULT;
      }
      verified.remember(username, password, account.passwordHash(), now);
      audit.recordAlone(username, AuditAction.LOGIN_SUCCEEDED, "user", username, null);
    }
    return new CredentialValidationResult(
        account.username(), account.roles().stream().map(Role::name).collect(Collectors.toSet()));
  }

  /**
   * Records a failed login. Basic authentication repeats credentials on every request, so a success
   * is recorded when a password is actually checked, not on every request it is cached.
   */
  private void loginFailed(String username) {
    audit.recordAlone(username, AuditAction.LOGIN_FAILED, "user", username, null);
  }
}
