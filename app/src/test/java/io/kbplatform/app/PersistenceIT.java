package io.kbplatform.app;

import static io.kbplatform.app.testsupport.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.app.startup.ApplicationStartup;
import io.kbplatform.app.testsupport.Eventually;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.article.NewArticle;
import io.kbplatform.content.group.Group;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.space.NewSpace;
import io.kbplatform.content.space.SpaceService;
import io.kbplatform.content.user.Role;
import io.kbplatform.content.user.UserService;
import io.kbplatform.content.workflow.ArticleWorkflow;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the container: the schema came from Flyway, the configured database is the one in use, and
 * publishing writes its outbox record in the same transaction as the article.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

  private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), Set.of());
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject ArticleService articles;
  @Inject ArticleWorkflow workflow;
  @Inject SpaceService spaces;
  @Inject UserService users;
  @Inject UserTransaction transaction;
  @Inject io.kbplatform.content.outbox.Outbox outbox;
  @Inject io.kbplatform.search.cluster.SearchCluster cluster;
  @Inject io.kbplatform.search.index.ArticleIndex index;

  @Inject io.kbplatform.content.searchanalytics.SearchLog searchLog;
  @Inject io.kbplatform.content.searchanalytics.ArticleClicks articleClicks;

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Resource(lookup = ApplicationStartup.DATA_SOURCE)
  DataSource dataSource;

  @Deployment
  static WebArchive deployment() {
    // the test runs inside the server: the helpers it calls travel with it
    return io.kbplatform.app.testsupport.Deployments.application().addClass(Eventually.class);
  }

  @Test
  void theSchemaWasCreatedByTheFlywayMigrations() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
      assertTrue(rs.next(), "at least one migration ran");
      assertEquals("1", rs.getString(1));
      assertTrue(rs.getBoolean(2));
    }
  }

  @Test
  void theConfiguredDatabaseIsTheOneInUse() throws Exception {
    String configured = System.getenv("KB_DB_URL");
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName();
      if (configured == null || configured.isBlank()) {
        assertEquals("H2", product);
        Path file = Path.of(System.getenv("KB_DATA_DIR"), "db", "kb.mv.db");
        assertTrue(Files.exists(file), "the embedded database is a file under KB_DATA_DIR");
      } else {
        assertEquals("PostgreSQL", product);
      }
    }
  }

  @Test
  void popularityCountsEachUserOnceHoweverOftenTheyClick() {
    String clicked = UUID.randomUUID().toString();
    // one user searches and clicks the same article five times, another once
    for (int i = 0; i < 5; i++) {
      clickAs("pseudonym-amy-" + clicked, clicked);
    }
    clickAs("pseudonym-ben-" + clicked, clicked);

    assertEquals(
        2L,
        articleClicks
            .clicksByArticle(java.util.List.of(clicked), java.time.Duration.ofDays(1))
            .get(clicked),
        "two users clicked it");
  }

  private void clickAs(String searcher, String articleId) {
    UUID search =
        searchLog.record(
            new io.kbplatform.content.searchanalytics.SearchRecord(
                "热门 " + articleId,
                java.util.Map.of(),
                "relevance",
                1,
                5,
                "AGENT",
                true,
                null,
                searcher,
                java.util.List.of(articleId),
                Set.of()));
    searchLog.click(search, searcher, articleId, 1, id -> true);
  }

  @Test
  void anInstantReadsBackAsTheSameInstantWhateverTheServersTimeZone() throws Exception {
    // micro-precision: what TIMESTAMP WITH TIME ZONE keeps on H2 and PostgreSQL alike
    Instant at = Instant.parse("2026-03-29T01:30:00.123456Z"); // Europe's clocks jump at 01:00Z
    String key = "tz-" + UUID.randomUUID().toString().substring(0, 8);
    TimeZone zone = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
      transaction.begin();
      em.persist(new Group(key, "时区", null, at));
      transaction.commit();

      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
      transaction.begin();
      Group read =
          em.createQuery("SELECT g FROM Group g WHERE g.key = :key", Group.class)
              .setParameter("key", key)
              .getSingleResult();
      long found =
          em.createQuery(
                  "SELECT COUNT(g) FROM Group g WHERE g.key = :key AND g.createdAt = :at",
                  Long.class)
              .setParameter("key", key)
              .setParameter("at", at)
              .getSingleResult();
      transaction.commit();
      assertEquals(at, read.createdAt(), "read back through JPA");
      assertEquals(1L, found, "an Instant parameter finds the row it wrote");
      try (Connection c = dataSource.getConnection();
          PreparedStatement s =
              c.prepareStatement("SELECT created_at FROM kb_group WHERE group_key = ?")) {
        s.setString(1, key);
        try (ResultSet rs = s.executeQuery()) {
          assertTrue(rs.next());
          assertEquals(at, rs.getObject(1, OffsetDateTime.class).toInstant(), "in the column");
        }
      }
    } finally {
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void theBootstrapAdministratorExists() {
    assertTrue(users.get("admin").roles().contains(io.kbplatform.content.user.Role.ADMIN));
  }

  @Test
  void publishingAndItsOutboxRecordCommitOrRollBackTogether() throws Exception {
    String key = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    spaces.create(ADMIN, new NewSpace(key, "持久化", null, false));
    String id =
        articles
            .create(ADMIN, new NewArticle(key, null, null, "标题", "正文", null, null, null, null))
            .article()
            .id();

    transaction.begin();
    workflow.publish(ADMIN, id, null, null, false);
    assertEquals(1, outbox.pendingFor(id), "the outbox row is written inside the publishing tx");
    transaction.rollback();

    assertFalse(articles.get(ADMIN, id).isPublished());
    assertEquals(0, outbox.pendingFor(id), "rolled back with the article");
    assertEquals(0, outboxRows(id));

    transaction.begin();
    workflow.publish(ADMIN, id, null, null, false);
    transaction.commit();
    assertTrue(articles.get(ADMIN, id).isPublished());
    eventually("the committed outbox row to be delivered to the index", WAIT, () -> indexed(id));
    eventually("the delivered row to be removed from the outbox", WAIT, () -> settled(id));
  }

  /** The indexer writes the document first and settles the outbox row right after. */
  private boolean settled(String id) {
    return outbox.pendingFor(id) == 0;
  }

  private boolean indexed(String id) {
    try {
      return cluster.client().exists(e -> e.index(index.alias()).id(id)).value();
    } catch (java.io.IOException e) {
      // the index may still be allocating its shard right after startup
      throw new java.io.UncheckedIOException(e);
    }
  }

  private int outboxRows(String articleId) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ?")) {
      s.setString(1, articleId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
