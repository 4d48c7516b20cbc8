package io.kbplatform.content.acknowledgement;

import java.util.List;
import java.util.Set;

/**
 * Who must acknowledge an article (members of its mandatory groups who may read it) and who has, at
 * or after the version since which acknowledgements count.
 */
public record AcknowledgementReport(
    String articleId,
    Integer publishedVersion,
    int requiredSince,
    Set<String> groups,
    List<MemberAcknowledgement> members) {

  public AcknowledgementReport {
    groups = Set.copyOf(groups);
    members = List.copyOf(members);
  }

  public int required() {
    return members.size();
  }

  public int acknowledged() {
    return (int) members.stream().filter(MemberAcknowledgement::acknowledged).count();
  }

  public int pending() {
    return required() - acknowledged();
  }
}
