package io.kbplatform.bench.load;

import io.kbplatform.bench.corpus.CorpusArticle;
import io.kbplatform.bench.corpus.CorpusGenerator;
import io.kbplatform.bench.corpus.CorpusLayout;
import io.kbplatform.bench.corpus.CorpusSpace;
import io.kbplatform.content.user.PasswordHasher;
import io.kbplatform.content.user.Usernames;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;

/**
 * Writes the corpus into a database the app has already migrated (V1..V6): groups, the agent,
 * spaces with their grants and categories, then every article as one published version, in JDBC
 * batches. Rows match what the JPA entities write; nothing goes to the outbox.
 */
public final class DatabaseLoader {

  static final int BATCH = 1000;
  private static final OffsetDateTime REVIEW_LATER = OffsetDateTime.parse("2029-06-01T00:00:00Z");
  private static final OffsetDateTime REVIEW_PASSED = OffsetDateTime.parse("2026-05-01T00:00:00Z");
  private static final OffsetDateTime SETUP = OffsetDateTime.parse("2024-01-01T00:00:00Z");

  private final String url;
  private final String user;
  private final String password;

  public DatabaseLoader(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** Writes everything; returns how many articles were written. */
  public int load(CorpusGenerator corpus, int count, String agentPassword) throws SQLException {
    try (Connection db = connect()) {
      try (Statement session = db.createStatement()) {
        // A bulk load that is simply redone if the machine crashes: no need to wait for the WAL.
        session.execute("SET synchronous_commit = off");
      }
      db.setAutoCommit(false);
      setup(db, corpus.layout(), agentPassword);
      db.commit();
      int written = 0;
      Iterator<CorpusArticle> articles = corpus.articles(count).iterator();
      try (Batch batch = new Batch(db)) {
        while (articles.hasNext()) {
          batch.add(articles.next());
          if (++written % BATCH == 0) {
            batch.flush();
            db.commit();
          }
        }
        batch.flush();
        db.commit();
      }
      try (Statement analyze = db.createStatement()) {
        analyze.execute("ANALYZE");
      }
      db.commit();
      return written;
    }
  }

  public Connection connect() throws SQLException {
    String rewrite = url.contains("?") ? "&" : "?";
    return DriverManager.getConnection(
        url + rewrite + "reWriteBatchedInserts=true", user, password);
  }

  private static void setup(Connection db, CorpusLayout layout, String agentPassword)
      throws SQLException {
    try (PreparedStatement group =
            db.prepareStatement(
                "INSERT INTO kb_group (id, group_key, name, description, created_at)"
                    + " VALUES (?, ?, ?, ?, ?)");
        PreparedStatement member =
            db.prepareStatement("INSERT INTO kb_group_member (group_id, username) VALUES (?, ?)")) {
      for (String key : CorpusLayout.GROUPS) {
        String id = CorpusLayout.id("group", key);
        group.setString(1, id);
        group.setString(2, key);
        group.setString(3, key);
        group.setString(4, "benchmark group");
        group.setObject(5, SETUP);
        group.addBatch();
        if (CorpusLayout.AGENT_GROUPS.contains(key)) {
          member.setString(1, id);
          member.setString(2, CorpusLayout.AGENT);
          member.addBatch();
        }
      }
      group.executeBatch();
      member.executeBatch();
    }
    String userId = CorpusLayout.id("user", CorpusLayout.AGENT);
    try (PreparedStatement account =
            db.prepareStatement(
                "INSERT INTO kb_user (id, username, username_canonical, display_name,"
                    + " password_hash, enabled, created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?)");
        PreparedStatement role =
            db.prepareStatement("INSERT INTO kb_user_role (user_id, role) VALUES (?, 'AGENT')")) {
      account.setString(1, userId);
      account.setString(2, CorpusLayout.AGENT);
      account.setString(3, Usernames.canonical(CorpusLayout.AGENT));
      account.setString(4, "Benchmark agent");
      account.setString(5, new PasswordHasher().hash(agentPassword.toCharArray()));
      account.setObject(6, SETUP);
      account.executeUpdate();
      role.setString(1, userId);
      role.executeUpdate();
    }
    try (PreparedStatement space =
            db.prepareStatement(
                "INSERT INTO space (id, space_key, name, description, created_by, created_at)"
                    + " VALUES (?, ?, ?, ?, 'admin', ?)");
        PreparedStatement grant =
            db.prepareStatement(
                "INSERT INTO space_grant (id, space_id, principal_type, principal, access_level,"
                    + " granted_by, granted_at) VALUES (?, ?, ?, ?, 'VIEW', 'admin', ?)");
        PreparedStatement category =
            db.prepareStatement(
                "INSERT INTO category (id, space_id, parent_id, name, position, created_at,"
                    + " lock_version) VALUES (?, ?, NULL, ?, ?, ?, 1)")) {
      for (CorpusSpace s : layout.spaces()) {
        space.setString(1, s.id());
        space.setString(2, s.key());
        space.setString(3, s.name());
        space.setString(4, "Benchmark space " + s.key());
        space.setObject(5, SETUP);
        space.addBatch();
        if (s.openToEveryone()) {
          addGrant(grant, s, "EVERYONE", "*");
        }
        for (String g : s.readerGroups()) {
          addGrant(grant, s, "GROUP", g);
        }
        for (CorpusSpace.CorpusCategory c : s.categories()) {
          category.setString(1, c.id());
          category.setString(2, s.id());
          category.setString(3, c.name());
          category.setInt(4, c.position());
          category.setObject(5, SETUP);
          category.addBatch();
        }
      }
      space.executeBatch();
      grant.executeBatch();
      category.executeBatch();
    }
  }

  private static void addGrant(PreparedStatement grant, CorpusSpace s, String type, String name)
      throws SQLException {
    grant.setString(1, CorpusLayout.id("grant", s.key() + "/" + type + "/" + name));
    grant.setString(2, s.id());
    grant.setString(3, type);
    grant.setString(4, name);
    grant.setObject(5, SETUP);
    grant.addBatch();
  }

  static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** The prepared statements of the article tables, batched together. */
  private static final class Batch implements AutoCloseable {
    private final PreparedStatement article;
    private final PreparedStatement version;
    private final PreparedStatement tag;
    private final PreparedStatement versionTag;
    private final PreparedStatement restriction;

    Batch(Connection db) throws SQLException {
      article =
          db.prepareStatement(
              "INSERT INTO article (id, space_id, title, body, status, latest_version,"
                  + " published_version, created_by, created_at, updated_at, published_at,"
                  + " published_by, lock_version, category_id, template, owner,"
                  + " review_interval_days, review_due_at, needs_review, verified_at, verified_by)"
                  + " VALUES (?, ?, ?, ?, ?, 1, 1, ?, ?, ?, ?, ?, 1, ?, ?, ?, 180, ?, ?, ?, ?)");
      version =
          db.prepareStatement(
              "INSERT INTO article_version (id, article_id, number, title, body, author,"
                  + " change_note, created_at) VALUES (?, ?, 1, ?, ?, ?, 'benchmark corpus', ?)");
      tag =
          db.prepareStatement(
              "INSERT INTO article_tag (article_id, position, tag) VALUES (?, ?, ?)");
      versionTag =
          db.prepareStatement(
              "INSERT INTO article_version_tag (version_id, position, tag) VALUES (?, ?, ?)");
      restriction =
          db.prepareStatement(
              "INSERT INTO article_restriction (article_id, group_key) VALUES (?, ?)");
    }

    void add(CorpusArticle a) throws SQLException {
      String spaceId = CorpusLayout.id("space", a.spaceKey());
      article.setString(1, a.id());
      article.setString(2, spaceId);
      article.setString(3, a.title());
      article.setString(4, a.body());
      article.setString(5, a.archived() ? "ARCHIVED" : "PUBLISHED");
      article.setString(6, a.owner());
      article.setObject(7, at(a.createdAt()));
      article.setObject(8, at(a.updatedAt()));
      article.setObject(9, at(a.publishedAt()));
      article.setString(10, a.owner());
      article.setString(11, a.categoryId());
      article.setString(12, a.template());
      article.setString(13, a.owner());
      article.setObject(14, a.needsReview() ? REVIEW_PASSED : REVIEW_LATER);
      article.setBoolean(15, a.needsReview());
      article.setObject(16, at(a.publishedAt()));
      article.setString(17, a.owner());
      article.addBatch();
      String versionId = CorpusLayout.id("version", a.id());
      version.setString(1, versionId);
      version.setString(2, a.id());
      version.setString(3, a.title());
      version.setString(4, a.body());
      version.setString(5, a.owner());
      version.setObject(6, at(a.createdAt()));
      version.addBatch();
      for (int p = 0; p < a.tags().size(); p++) {
        tag.setString(1, a.id());
        tag.setInt(2, p);
        tag.setString(3, a.tags().get(p));
        tag.addBatch();
        versionTag.setString(1, versionId);
        versionTag.setInt(2, p);
        versionTag.setString(3, a.tags().get(p));
        versionTag.addBatch();
      }
      for (String group : a.restrictedTo()) {
        restriction.setString(1, a.id());
        restriction.setString(2, group);
        restriction.addBatch();
      }
    }

    void flush() throws SQLException {
      article.executeBatch();
      version.executeBatch();
      tag.executeBatch();
      versionTag.executeBatch();
      restriction.executeBatch();
    }

    @Override
    public void close() throws SQLException {
      article.close();
      version.close();
      tag.close();
      versionTag.close();
      restriction.close();
    }
  }
}
