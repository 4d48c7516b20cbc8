package io.kbplatform.app.acknowledgement;

import io.kbplatform.content.acknowledgement.Acknowledgement;
import java.time.Instant;

/** One acknowledgement: who read which published version of an article, and when. */
public record AcknowledgementView(
    String id, String article, String username, int version, Instant acknowledgedAt) {

  static AcknowledgementView of(Acknowledgement k) {
    return new AcknowledgementView(
        k.id(), k.articleId(), k.username(), k.version(), k.acknowledgedAt());
  }
}
