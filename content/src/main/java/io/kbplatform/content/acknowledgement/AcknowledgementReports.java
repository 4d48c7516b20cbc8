package io.kbplatform.content.acknowledgement;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.group.Group;
import io.kbplatform.content.group.GroupRepository;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.user.UserAccount;
import io.kbplatform.content.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Who has acknowledged a mandatory article, for publishers of its space: every enabled member of
 * its mandatory groups who may read it, with their latest acknowledgement.
 */
@ApplicationScoped
public class AcknowledgementReports {

  private ArticleService articles;
  private AccessPolicy policy;
  private GroupRepository groups;
  private UserRepository users;
  private AcknowledgementRepository repository;
  private Clock clock;

  protected AcknowledgementReports() {}

  @Inject
  public AcknowledgementReports(
      ArticleService articles,
      AccessPolicy policy,
      GroupRepository groups,
      UserRepository users,
      AcknowledgementRepository repository,
      Clock clock) {
    this.articles = articles;
    this.policy = policy;
    this.groups = groups;
    this.users = users;
    this.repository = repository;
    this.clock = clock;
  }

  @Transactional
  public AcknowledgementReport report(Actor actor, String articleId) {
    Article article = articles.load(actor, articleId, AccessLevel.PUBLISH);
    MandatoryReading reading =
        repository
            .reading(article.id())
            .orElseGet(() -> new MandatoryReading(article.id(), clock.instant()));
    TreeSet<String> members = new TreeSet<>();
    for (String key : reading.groups()) {
      groups.findByKey(key).map(Group::members).ifPresent(members::addAll);
    }
    Map<String, Acknowledgement> latest = repository.latestByUser(article.id());
    List<MemberAcknowledgement> lines = new ArrayList<>();
    for (String username : members) {
      Optional<Actor> member =
          users.findByUsername(username).filter(UserAccount::enabled).map(this::actorOf);
      if (member.isPresent() && policy.canView(member.get(), article)) {
        Acknowledgement last = latest.get(username);
        boolean counts = last != null && reading.isSatisfiedBy(last.version());
        lines.add(new MemberAcknowledgement(username, counts, last));
      }
    }
    Integer published =
        article.publishedVersion().isPresent() ? article.publishedVersion().getAsInt() : null;
    return new AcknowledgementReport(
        article.id(), published, reading.requiredSince(), reading.groups(), lines);
  }

  private Actor actorOf(UserAccount user) {
    return new Actor(user.username(), user.roles(), groups.keysOf(user.username()));
  }
}
