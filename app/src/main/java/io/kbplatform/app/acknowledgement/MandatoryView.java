package io.kbplatform.app.acknowledgement;

import io.kbplatform.content.acknowledgement.MandatoryReading;
import java.util.List;

/**
 * Whether an article is mandatory, for which groups, and the oldest version whose acknowledgement
 * counts ({@code significantVersion}: the latest significant publication, when there was one).
 */
public record MandatoryView(
    String article,
    boolean mandatory,
    List<String> groups,
    int requiredSince,
    Integer significantVersion) {

  static MandatoryView of(MandatoryReading r) {
    return new MandatoryView(
        r.articleId(),
        r.isMandatory(),
        r.groups().stream().sorted().toList(),
        r.requiredSince(),
        r.significantVersion().isPresent() ? r.significantVersion().getAsInt() : null);
  }
}
