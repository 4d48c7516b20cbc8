package io.kbplatform.content.group;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A named set of users, such as a team ("tier2") or a site; grants and restrictions name groups.
 */
@Entity
@Table(name = "kb_group")
public class Group {

  public static final int KEY_LENGTH = 64;
  public static final String KEY_PATTERN = "[a-z0-9][a-z0-9_.-]{0,63}";
  public static final int NAME_LENGTH = 200;
  public static final int DESCRIPTION_LENGTH = 2000;

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "group_key", length = KEY_LENGTH, nullable = false, unique = true)
  private String key;

  @Column(length = NAME_LENGTH, nullable = false)
  private String name;

  @Column(length = DESCRIPTION_LENGTH)
  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "kb_group_member", joinColumns = @JoinColumn(name = "group_id"))
  @Column(name = "username", length = 64, nullable = false)
  private Set<String> members = new TreeSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Group() {}

  public Group(String key, String name, String description, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.key = key;
    this.name = name;
    this.description = description;
    this.createdAt = at;
  }

  public boolean addMember(String username) {
    return members.add(username);
  }

  public boolean removeMember(String username) {
    return members.remove(username);
  }

  public void rename(String name, String description) {
    this.name = name;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public String name() {
    return name;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public Set<String> members() {
    return Set.copyOf(new TreeSet<>(members));
  }

  public Instant createdAt() {
    return createdAt;
  }
}
