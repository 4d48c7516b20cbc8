package io.kbplatform.content.testing;

import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.permission.Principal;
import io.kbplatform.content.permission.PrincipalType;
import io.kbplatform.content.permission.SpaceGrant;
import io.kbplatform.content.permission.SpaceGrantRepository;
import io.kbplatform.content.space.Space;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Space grants in a list, matched to actors as the repository's query matches them. */
public final class InMemoryGrants extends SpaceGrantRepository {

  private final List<SpaceGrant> grants = new ArrayList<>();
  private int levelReads;

  @Override
  public List<SpaceGrant> forSpace(Space space) {
    return grants.stream()
        .filter(g -> spaceOf(g).id().equals(space.id()))
        .sorted(
            Comparator.comparing((SpaceGrant g) -> g.principal().type())
                .thenComparing(g -> g.principal().name()))
        .toList();
  }

  @Override
  public Optional<SpaceGrant> find(Space space, Principal principal) {
    return forSpace(space).stream().filter(g -> g.principal().equals(principal)).findFirst();
  }

  @Override
  public List<Object[]> levelsFor(Actor actor) {
    levelReads++;
    return grants.stream()
        .filter(g -> appliesTo(g.principal(), actor))
        .map(g -> new Object[] {spaceOf(g).key(), g.level()})
        .toList();
  }

  @Override
  public void add(SpaceGrant grant) {
    grants.add(grant);
  }

  @Override
  public void remove(SpaceGrant grant) {
    grants.remove(grant);
  }

  /** How often an actor's levels were read: once per actor and transaction is the aim. */
  public int levelReads() {
    return levelReads;
  }

  private static boolean appliesTo(Principal principal, Actor actor) {
    return principal.type() == PrincipalType.EVERYONE
        || (principal.type() == PrincipalType.USER && principal.name().equals(actor.username()))
        || (principal.type() == PrincipalType.GROUP && actor.inGroup(principal.name()));
  }

  private static Space spaceOf(SpaceGrant grant) {
    return (Space) PersistentFields.read(grant, "space");
  }
}
