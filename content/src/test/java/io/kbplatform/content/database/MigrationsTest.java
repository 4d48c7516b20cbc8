package io.kbplatform.content.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations build the schema on the embedded database, which then survives a restart, and on
 * the database the suite is configured for ({@code KB_DB_URL}): tagged so that CI's PostgreSQL pass
 * runs it again there.
 */
@Tag("configured-database")
class MigrationsTest {

  @TempDir Path dataDir;

  @Test
  void migrationsCreateTheSchemaInAFileUnderTheDataDirectory() throws Exception {
    DatabaseSettings settings = DatabaseSettings.embedded(dataDir);
    MigrateResult result = DatabaseMigrator.migrate(ConfiguredDataSource.of(settings));

    assertTrue(result.success);
    assertTrue(result.migrationsExecuted >= 1);
    assertTrue(Files.exists(dataDir.resolve("db").resolve("kb.mv.db")));
    try (Connection c = ConfiguredDataSource.of(settings).getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"type\" = 'SQL'")) {
      rs.next();
      assertEquals(result.migrationsExecuted, rs.getInt(1));
    }
  }

  @Test
  void dataWrittenToTheEmbeddedDatabaseIsThereAfterReopening() throws Exception {
    DatabaseSettings settings = DatabaseSettings.embedded(dataDir);
    DatabaseMigrator.migrate(ConfiguredDataSource.of(settings));
    String id = UUID.randomUUID().toString();
    try (Connection c = ConfiguredDataSource.of(settings).getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO space (id, space_key, name, created_by, created_at) VALUES ('"
              + id
              + "', 'CS', '客服知识库', 'admin', CURRENT_TIMESTAMP)");
      s.execute("SHUTDOWN");
    }

    MigrateResult again = DatabaseMigrator.migrate(ConfiguredDataSource.of(settings));

    assertEquals(0, again.migrationsExecuted);
    try (Connection c = ConfiguredDataSource.of(settings).getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT name FROM space WHERE id = '" + id + "'")) {
      assertTrue(rs.next());
      assertEquals("客服知识库", rs.getString(1));
    }
  }

  @Test
  void migrationsRunOnTheDatabaseTheSuiteIsConfiguredFor() throws Exception {
    // KB_DB_URL selects PostgreSQL (as in CI's second run); otherwise the embedded default.
    String url = System.getenv("KB_DB_URL");
    DatabaseSettings settings =
        url == null || url.isBlank()
            ? DatabaseSettings.embedded(dataDir)
            : new DatabaseSettings(
                url,
                System.getenv().getOrDefault("KB_DB_USER", ""),
                System.getenv().getOrDefault("KB_DB_PASSWORD", ""));
    DataSource dataSource = ConfiguredDataSource.of(settings);

    MigrateResult result = DatabaseMigrator.migrate(dataSource);

    assertTrue(result.success);
    try (Connection c = dataSource.getConnection()) {
      for (String table : new String[] {"kb_user", "space", "article", "outbox_event"}) {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table, null);
            ResultSet upper = c.getMetaData().getTables(null, null, table.toUpperCase(), null)) {
          assertTrue(rs.next() || upper.next(), table + " exists");
        }
      }
    }
  }
}
