package io.kbplatform.content.audit;

import java.time.Instant;

/**
 * A page of the audit log, newest first: entries older than {@code before} (an entry id, the
 * cursor), within the optional time range and filters.
 */
public record AuditQuery(
    Instant from, Instant to, String actor, AuditAction action, Long before, int limit) {}
