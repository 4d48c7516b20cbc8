package io.kbplatform.content.searchanalytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kbplatform.content.user.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchRecordTest {

  @Test
  void theHighestRoleIsRecorded() {
    assertEquals("ADMIN", SearchRecord.highestRole(Set.of(Role.AGENT, Role.ADMIN)));
    assertEquals("TRAINER", SearchRecord.highestRole(Set.of(Role.AUTHOR, Role.TRAINER)));
    assertEquals("AGENT", SearchRecord.highestRole(Set.of(Role.AGENT)));
    assertEquals("NONE", SearchRecord.highestRole(Set.of()));
  }
}
