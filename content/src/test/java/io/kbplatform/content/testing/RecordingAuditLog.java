package io.kbplatform.content.testing;

import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.audit.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The audit log in memory: what was recorded, oldest first. */
public final class RecordingAuditLog extends AuditLog {

  /** One recorded entry. */
  public record Entry(
      String actor, AuditAction action, String targetType, String targetId, String detail) {}

  private final List<Entry> entries = new ArrayList<>();

  public RecordingAuditLog(Clock clock) {
    super(clock);
  }

  @Override
  public void record(
      String actor, AuditAction action, String targetType, String targetId, String detail) {
    entries.add(new Entry(actor, action, targetType, targetId, detail));
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** The entries of one action, oldest first. */
  public List<Entry> of(AuditAction action) {
    return entries.stream().filter(e -> e.action() == action).toList();
  }
}
