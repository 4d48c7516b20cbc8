package io.kbplatform.app.acknowledgement;

import io.kbplatform.content.acknowledgement.AcknowledgementReport;
import java.util.List;

/** Who must acknowledge an article and who has, with totals. */
public record AcknowledgementReportView(
    String article,
    Integer publishedVersion,
    int requiredSince,
    List<String> groups,
    int required,
    int acknowledged,
    int pending,
    List<MemberAcknowledgementView> members) {

  static AcknowledgementReportView of(AcknowledgementReport r) {
    return new AcknowledgementReportView(
        r.articleId(),
        r.publishedVersion(),
        r.requiredSince(),
        r.groups().stream().sorted().toList(),
        r.required(),
        r.acknowledged(),
        r.pending(),
        r.members().stream().map(MemberAcknowledgementView::of).toList());
  }
}
