package io.kbplatform.content.acknowledgement;

import java.util.Optional;

/** One required reader in a report: whether their latest acknowledgement counts, and that one. */
public record MemberAcknowledgement(String username, boolean acknowledged, Acknowledgement latest) {

  public Optional<Acknowledgement> latestAcknowledgement() {
    return Optional.ofNullable(latest);
  }
}
