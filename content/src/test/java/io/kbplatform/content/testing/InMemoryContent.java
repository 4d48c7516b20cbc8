package io.kbplatform.content.testing;

import io.kbplatform.content.article.ArticleDeleted;
import io.kbplatform.content.article.ArticlePublished;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.category.CategoryService;
import io.kbplatform.content.group.Group;
import io.kbplatform.content.group.GroupService;
import io.kbplatform.content.outbox.InMemoryOutbox;
import io.kbplatform.content.outbox.OutboxRecorded;
import io.kbplatform.content.permission.AccessCache;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.permission.Principal;
import io.kbplatform.content.permission.SpaceAccessChanged;
import io.kbplatform.content.permission.SpaceGrantService;
import io.kbplatform.content.space.NewSpace;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.space.SpaceService;
import io.kbplatform.content.user.AccountCreated;
import io.kbplatform.content.user.Role;
import io.kbplatform.content.user.UserAccount;
import io.kbplatform.content.user.UserService;
import io.kbplatform.content.workflow.ArticleWorkflow;
import java.time.Instant;
import java.util.Set;

/**
 * The content services wired by hand, as CDI wires them, around in-memory repositories: one per
 * test, with its own users, groups and spaces, and a clock that moves only when the test says so.
 */
public final class InMemoryContent {

  public static final Instant START = Instant.parse("2026-12-07T09:00:00Z");

  public final TestClock clock = new TestClock(START);
  public final InMemoryUsers users = new InMemoryUsers();
  public final InMemoryGroups groups = new InMemoryGroups();
  public final InMemorySpaces spaces = new InMemorySpaces();
  public final InMemoryGrants grants = new InMemoryGrants();
  public final InMemoryArticles articles = new InMemoryArticles();
  public final InMemoryCategories categories = new InMemoryCategories(articles);
  public final InMemoryWorkflowHistory history = new InMemoryWorkflowHistory();
  public final RecordingAuditLog audit = new RecordingAuditLog(clock);
  public final RecordedEvents<OutboxRecorded> outboxRecorded = new RecordedEvents<>();
  public final InMemoryOutbox outbox = new InMemoryOutbox(clock, outboxRecorded);
  public final RecordedEvents<ArticleDeleted> deleted = new RecordedEvents<>();
  public final RecordedEvents<ArticlePublished> published = new RecordedEvents<>();
  public final RecordedEvents<SpaceAccessChanged> accessChanged = new RecordedEvents<>();

  /** Kept for a minute of test time: a missing invalidation shows as a stale level. */
  public final AccessCache accessCache = new AccessCache(clock, 60);

  public final AccessPolicy policy = new AccessPolicy(grants, accessCache);
  public final RecordedEvents<AccountCreated> accountsCreated = new RecordedEvents<>();
  public final UserService userService = new UserService(users, audit, clock, accountsCreated);
  public final GroupService groupService =
      new GroupService(groups, userService, audit, clock, accessCache);
  public final SpaceGrantService grantService =
      new SpaceGrantService(grants, spaces, users, groups, policy, audit, accessChanged, clock);
  public final SpaceService spaceService =
      new SpaceService(spaces, grantService, policy, audit, clock);
  public final CategoryService categoryService =
      new CategoryService(categories, spaceService, policy, audit, clock);
  public final ArticleService articleService =
      new ArticleService(
          articles,
          spaceService,
          categoryService,
          userService,
          groupService,
          policy,
          outbox,
          audit,
          deleted,
          clock);
  public final ArticleWorkflow workflow =
      new ArticleWorkflow(articleService, history, outbox, audit, published, clock);

  /** The administrator who creates spaces and groups. */
  public final Actor admin = user("admin", Role.ADMIN);

  /** Creates an account with the given roles and returns it as an actor (no groups yet). */
  public Actor user(String username, Role... roles) {
    users.add(new UserAccount(username, username, "not-a-hash", Set.of(roles), clock.instant()));
    return actor(username);
  }

  /** The account as the security layer hands it to the services: roles and current groups. */
  public Actor actor(String username) {
    UserAccount account = users.findByUsername(username).orElseThrow();
    return new Actor(account.username(), account.roles(), groups.keysOf(account.username()));
  }

  /** Creates a group with these members. */
  public void group(String key, String... members) {
    Group group = new Group(key, key, null, clock.instant());
    for (String member : members) {
      group.addMember(member);
    }
    groups.add(group);
  }

  /** A space only its creator (the administrator) may use until grants open it. */
  public Space restrictedSpace(String key) {
    return spaceService.create(admin, new NewSpace(key, key + " space", null, true));
  }

  /** Gives a principal a level in a space, as a space administrator does. */
  public void grant(String spaceKey, Principal principal, AccessLevel level) {
    grantService.grant(admin, spaceKey, principal, level);
  }
}
