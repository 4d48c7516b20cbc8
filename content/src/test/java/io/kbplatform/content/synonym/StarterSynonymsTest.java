package io.kbplatform.content.synonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.testing.RecordedEvents;
import io.kbplatform.content.testing.RecordingAuditLog;
import io.kbplatform.content.testing.TestClock;
import io.kbplatform.content.user.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Loading the starter synonym sets: into an empty installation only, and the missing ones later.
 */
class StarterSynonymsTest {

  private static final Actor ADMIN = new Actor("ada", Set.of(Role.ADMIN), Set.of());
  private static final Actor AUTHOR = new Actor("amy", Set.of(Role.AUTHOR), Set.of());

  private final TestClock clock = new TestClock(Instant.parse("2026-12-07T08:00:00Z"));
  private final InMemorySets sets = new InMemorySets();
  private final RecordingAuditLog audit = new RecordingAuditLog(clock);
  private final RecordedEvents<SynonymsChanged> changed = new RecordedEvents<>();
  private final List<StarterSet> starter =
      List.of(
          new StarterSet("refund", StarterSet.Languages.BILINGUAL, List.of("退款", "refund")),
          new StarterSet("coupon", StarterSet.Languages.BILINGUAL, List.of("优惠券", "coupon")),
          new StarterSet("angry", StarterSet.Languages.CHINESE, List.of("生气", "情绪激动")));
  private final StarterSynonyms service =
      new StarterSynonyms(sets, audit, changed, clock, () -> starter);

  @Test
  void anEmptyInstallationGetsEveryStarterSetAsAGlobalSetBySystem() {
    StarterLoad load = service.loadIntoEmptyInstallation();

    assertEquals(new StarterLoad(3, 0, 0), load);
    assertEquals(List.of("refund", "coupon", "angry"), keys());
    SynonymSet refund = sets.stored.get(0);
    assertTrue(refund.isGlobal());
    assertEquals(List.of("退款", "refund"), refund.terms());
    assertEquals(StarterSynonyms.SYSTEM, refund.createdBy());
    assertEquals(1, audit.of(AuditAction.SYNONYMS_CHANGED).size(), "one entry for the load");
    assertEquals(List.of(new SynonymsChanged(null)), changed.fired());
  }

  @Test
  void anInstallationWithAnySetIsLeftAlone() {
    sets.add(new SynonymSet("CS", List.of("改签", "rebooking"), "amy", clock.instant()));

    assertEquals(new StarterLoad(0, 0, 0), service.loadIntoEmptyInstallation());
    assertEquals(1, sets.stored.size());
    assertEquals(List.of(), changed.fired());
  }

  @Test
  void reloadingAddsOnlyTheMissingSetsAndKeepsEditedOnes() {
    service.loadIntoEmptyInstallation();
    SynonymSet refund = sets.stored.get(0);
    refund.change(List.of("退款", "refund", "money back"), refund.version(), "amy", clock.instant());
    sets.stored.removeIf(s -> s.starterKey().orElse("").equals("coupon"));

    StarterLoad load = service.loadMissing(ADMIN);

    assertEquals(new StarterLoad(1, 2, 0), load);
    assertEquals(List.of("refund", "angry", "coupon"), keys());
    assertEquals(List.of("退款", "refund", "money back"), sets.stored.get(0).terms(), "kept");
    assertEquals("ada", sets.stored.get(2).createdBy());
    assertEquals(new StarterLoad(0, 3, 0), service.loadMissing(ADMIN), "nothing missing now");
    assertEquals(2, audit.of(AuditAction.SYNONYMS_CHANGED).size(), "no entry when nothing added");
  }

  @Test
  void setsThatDoNotFitUnderTheLimitAreLeftOut() {
    sets.globalCount = (long) SynonymService.MAX_SETS_PER_SCOPE - 1;

    assertEquals(new StarterLoad(1, 0, 2), service.loadMissing(ADMIN));
  }

  @Test
  void onlyAdministratorsReload() {
    assertThrows(ForbiddenException.class, () -> service.loadMissing(AUTHOR));
    assertEquals(List.of(), sets.stored);
  }

  private List<String> keys() {
    return sets.stored.stream().map(s -> s.starterKey().orElseThrow()).toList();
  }

  /** The repository in memory, with a count of global sets that a test may set. */
  private static final class InMemorySets extends SynonymSetRepository {
    final List<SynonymSet> stored = new ArrayList<>();
    Long globalCount;

    @Override
    public long count() {
      return stored.size();
    }

    @Override
    public long countInScope(String spaceKey) {
      return globalCount != null
          ? globalCount
          : stored.stream()
              .filter(s -> Objects.equals(s.spaceKey().orElse(null), spaceKey))
              .count();
    }

    @Override
    public Set<String> starterKeys() {
      return stored.stream()
          .flatMap(s -> s.starterKey().stream())
          .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void add(SynonymSet set) {
      stored.add(set);
    }

    @Override
    public void flush() {}
  }
}
