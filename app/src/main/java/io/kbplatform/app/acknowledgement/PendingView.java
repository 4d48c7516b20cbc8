package io.kbplatform.app.acknowledgement;

import io.kbplatform.content.acknowledgement.Acknowledgement;
import io.kbplatform.content.acknowledgement.PendingAcknowledgement;
import java.time.Instant;

/**
 * A mandatory article waiting for the caller's acknowledgement: its published title and version,
 * the oldest version that would count, and the version the caller last acknowledged, if any.
 */
public record PendingView(
    String article,
    String space,
    String title,
    int version,
    Instant publishedAt,
    int requiredSince,
    Integer lastAcknowledgedVersion) {

  static PendingView of(PendingAcknowledgement p) {
    return new PendingView(
        p.article().id(),
        p.article().space().key(),
        p.published().title(),
        p.published().number(),
        p.article().publishedAt().orElse(null),
        p.requiredSince(),
        p.lastAcknowledgement().map(Acknowledgement::version).orElse(null));
  }
}
