package io.kbplatform.app.acknowledgement;

import io.kbplatform.content.acknowledgement.Acknowledgement;
import io.kbplatform.content.acknowledgement.MemberAcknowledgement;
import java.time.Instant;

/** One required reader: whether they acknowledged, and their latest acknowledgement if any. */
public record MemberAcknowledgementView(
    String username, boolean acknowledged, Integer version, Instant at) {

  static MemberAcknowledgementView of(MemberAcknowledgement m) {
    return new MemberAcknowledgementView(
        m.username(),
        m.acknowledged(),
        m.latestAcknowledgement().map(Acknowledgement::version).orElse(null),
        m.latestAcknowledgement().map(Acknowledgement::acknowledgedAt).orElse(null));
  }
}
