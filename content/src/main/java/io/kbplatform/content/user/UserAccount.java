package io.kbplatform.content.user;

import io.kbplatform.content.common.Columns;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A local account: who someone is, how they prove it, and what roles they hold. */
@Entity
@Table(name = "kb_user")
public class UserAccount {

  public static final int PASSWORD_HASH_LENGTH = 200;

  public static final int USERNAME_LENGTH = Columns.USERNAME_LENGTH;
  public static final String USERNAME_PATTERN = "[a-zA-Z0-9][a-zA-Z0-9._@-]{1,63}";
  public static final int DISPLAY_NAME_LENGTH = 200;

  /** NFKC may expand a character (e.g. {@code ㍿}), so the canonical column is wider. */
  public static final int CANONICAL_LENGTH = 200;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @Column(length = USERNAME_LENGTH, nullable = false, unique = true)
  private String username;

  /** {@link Usernames#canonical} of the username: unique, and what every lookup compares. */
  @Column(name = "username_canonical", length = CANONICAL_LENGTH, nullable = false, unique = true)
  private String canonicalUsername;

  @Column(name = "display_name", length = DISPLAY_NAME_LENGTH, nullable = false)
  private String displayName;

  @Column(name = "password_hash", length = PASSWORD_HASH_LENGTH, nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled;

  /**
   * Raised whenever the password is set anew (reset or changed): a browser session started under an
   * older version ends at its next request.
   */
  @Column(name = "credentials_version", nullable = false)
  private int credentialsVersion;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "kb_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = Columns.ENUM_LENGTH, nullable = false)
  private Set<Role> roles = new HashSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected UserAccount() {}

  public UserAccount(
      String username, String displayName, String passwordHash, Set<Role> roles, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.username = username;
    this.canonicalUsername = Usernames.canonical(username);
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.enabled = true;
    this.roles = new HashSet<>(roles);
    this.createdAt = at;
  }

  public void assignRoles(Set<Role> newRoles) {
    this.roles = new HashSet<>(newRoles);
  }

  /** A disabled account cannot sign in, and its open browser sessions end at their next request. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** A new password (reset or changed): the account's other sessions end. */
  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
    this.credentialsVersion++;
  }

  /**
   * The same password hashed again with a higher work factor: nothing else changes, no session
   * ends.
   */
  public void rehash(String strongerHash) {
    this.passwordHash = strongerHash;
  }

  /**
   * True when migration V16 found an older account with the same canonical name: this one stays
   * disabled and cannot be signed in to.
   */
  public boolean clashed() {
    return canonicalUsername.startsWith(Usernames.CLASH_PREFIX);
  }

  public int credentialsVersion() {
    return credentialsVersion;
  }

  public String id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean enabled() {
    return enabled;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
