package io.kbplatform.content.group;

import io.kbplatform.content.common.Columns;
import io.kbplatform.content.common.NamedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * A named set of users, such as a team ("tier2") or a site; grants and restrictions name groups.
 */
@Entity
@Table(name = "kb_group")
@AttributeOverride(
    name = "key",
    column =
        @Column(name = "group_key", length = Group.KEY_LENGTH, nullable = false, unique = true))
public class Group extends NamedEntity {

  public static final int KEY_LENGTH = 64;
  public static final String KEY_PATTERN = "[a-z0-9][a-z0-9_.-]{0," + (KEY_LENGTH - 1) + "}";

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "kb_group_member", joinColumns = @JoinColumn(name = "group_id"))
  @Column(name = "username", length = Columns.USERNAME_LENGTH, nullable = false)
  private Set<String> members = new TreeSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Group() {}

  public Group(String key, String name, String description, Instant at) {
    super(key, name, description);
    this.createdAt = at;
  }

  public boolean addMember(String username) {
    return members.add(username);
  }

  public boolean removeMember(String username) {
    return members.remove(username);
  }

  public void rename(String name, String description) {
    relabel(name, description);
  }

  public Set<String> members() {
    return Set.copyOf(new TreeSet<>(members));
  }

  public Instant createdAt() {
    return createdAt;
  }
}
