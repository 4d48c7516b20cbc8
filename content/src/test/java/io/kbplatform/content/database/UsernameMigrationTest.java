package io.kbplatform.content.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration V16 makes usernames case-insensitive without losing anyone: of accounts whose names
 * differ only in case, the oldest keeps the name and the later ones stay, disabled and marked.
 */
class UsernameMigrationTest {

  @TempDir Path dataDir;

  @Test
  void theOldestOfAccountsDifferingOnlyInCaseKeepsTheNameAndTheOthersAreDisabled()
      throws Exception {
    DataSource db = ConfiguredDataSource.of(DatabaseSettings.embedded(dataDir));
    Flyway.configure(getClass().getClassLoader())
        .dataSource(db)
        .locations("classpath:db/migration")
        .target("10")
        .load()
        .migrate();
    try (Connection c = db.getConnection()) {
      insert(c, "id-2", "alice", "2026-01-02T00:00:00Z");
      insert(c, "id-1", "Alice", "2026-01-01T00:00:00Z");
      insert(c, "id-3", "ALICE", "2026-01-03T00:00:00Z");
      insert(c, "id-4", "Bob", "2026-01-01T00:00:00Z");
    }

    DatabaseMigrator.migrate(db);

    Map<String, String> rows = new LinkedHashMap<>();
    try (Connection c = db.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT username, username_canonical, enabled FROM kb_user ORDER BY id")) {
      while (rs.next()) {
        rows.put(rs.getString(1), rs.getString(2) + " " + rs.getBoolean(3));
      }
    }
    assertEquals(
        Map.of(
            "Alice", "alice true",
            "alice", "CLASH:id-2 false",
            "ALICE", "CLASH:id-3 false",
            "Bob", "bob true"),
        rows);
  }

  private static void insert(Connection c, String id, String username, String createdAt)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO kb_user (id, username, display_name, password_hash, enabled, created_at)"
                + " VALUES (?, ?, ?, 'x', TRUE, CAST(? AS TIMESTAMP WITH TIME ZONE))")) {
      s.setString(1, id);
      s.setString(2, username);
      s.setString(3, username);
      s.setString(4, createdAt.replace('T', ' ').replace("Z", "+00:00"));
      s.executeUpdate();
    }
  }
}
