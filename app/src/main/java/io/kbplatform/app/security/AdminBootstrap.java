package io.kbplatform.app.security;

import io.kbplatform.content.user.NewUser;
import io.kbplatform.content.user.Role;
import io.kbplatform.content.user.UserAccount;
import io.kbplatform.content.user.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure there is an administrator to log in with: on first start, creates {@code admin} with
 * the password from {@code KB_ADMIN_PASSWORD}, or generates a strong one and logs it once. Also
 * reports accounts left disabled by a username clash (migration V16).
 */
@ApplicationScoped
public class AdminBootstrap {

  public static final String ADMIN_USERNAME = "admin";
  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!";
  private static final int GENERATED_LENGTH = 24;
  public static final int MIN_PASSWORD_LENGTH = 10;

  private UserService users;
  private Optional<String> configuredPassword;

  protected AdminBootstrap() {}

  @Inject
  public AdminBootstrap(
      UserService users,
      @ConfigProperty(name = "kb.admin.password") Optional<String> configuredPassword) {
    this.users = users;
    this.configuredPassword = configuredPassword;
  }

  public void ensureAdministrator() {
    reportUsernameClashes();
    if (users.exists(ADMIN_USERNAME)) {
      return;
    }
    Optional<String> configured = configuredPassword.filter(p -> !p.isBlank());
    if (configured.isPresent() && configured.get().length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalStateException(
          "KB_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
    String password = configured.orElseGet(AdminBootstrap::generatePassword);
    users.create(
        new NewUser(
            ADMIN_USERNAME, "Administrator", password.toCharArray(), EnumSet.of(Role.ADMIN)));
    if (configured.isPresent()) {
      LOG.info("Created the administrator 'admin' with the password from KB_ADMIN_PASSWORD.");
    } else {
      LOG.warning(
          "\n================================================================\n"
              + " Created the administrator 'admin' with a generated password:\n"
              + "     "
              + password
              + "\n It is shown only this once. Set KB_ADMIN_PASSWORD to choose it.\n"
              + "================================================================");
    }
  }

  /**
   * Accounts that migration V16 disabled because an older account has the same name apart from case
   * or width: a warning at every start until an administrator has dealt with them, and one audit
   * entry each.
   */
  private void reportUsernameClashes() {
    List<UserAccount> clashed = users.reportClashes();
    if (!clashed.isEmpty()) {
      LOG.warning(
          "These accounts have the same username as an older account apart from case or character"
              + " width, and stay disabled (sign in with the older account): "
              + clashed.stream().map(UserAccount::username).collect(Collectors.joining(", ")));
    }
  }

  static String generatePassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder(GENERATED_LENGTH);
    for (int i = 0; i < GENERATED_LENGTH; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
