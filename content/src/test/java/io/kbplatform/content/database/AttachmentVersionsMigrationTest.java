package io.kbplatform.content.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments that existed before versions had attachment sets belong to the current versions. */
class AttachmentVersionsMigrationTest {

  @TempDir Path dataDir;

  @Test
  void anExistingAttachmentBelongsToTheLatestAndThePublishedVersion() throws Exception {
    DataSource dataSource = ConfiguredDataSource.of(DatabaseSettings.embedded(dataDir));
    flyway(dataSource).target("10").load().migrate();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO space (id, space_key, name, created_by, created_at)"
              + " VALUES ('s1', 'CS', '客服', 'admin', CURRENT_TIMESTAMP)");
      // published as version 2, with a newer draft 3; and a draft never published
      article(s, "live", 3, "2");
      article(s, "draft", 1, "NULL");
      attachment(s, "f1", "live");
      attachment(s, "f2", "draft");
    }

    DatabaseMigrator.migrate(dataSource);

    assertEquals(List.of("draft/1/f2", "live/2/f1", "live/3/f1"), links(dataSource));
  }

  private static FluentConfiguration flyway(DataSource ds) {
    return Flyway.configure(AttachmentVersionsMigrationTest.class.getClassLoader())
        .dataSource(ds)
        .locations("classpath:db/migration");
  }

  private static void article(Statement s, String id, int latest, String published)
      throws Exception {
    s.executeUpdate(
        "INSERT INTO article (id, space_id, title, body, status, latest_version,"
            + " published_version, created_by, created_at, updated_at, lock_version, owner)"
            + " VALUES ('"
            + id
            + "', 's1', 't', 'b', 'DRAFT', "
            + latest
            + ", "
            + published
            + ", 'amy', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 'amy')");
  }

  private static void attachment(Statement s, String id, String article) throws Exception {
    s.executeUpdate(
        "INSERT INTO attachment (id, article_id, file_name, media_type, size_bytes, sha256,"
            + " blob_key, uploaded_by, uploaded_at, extraction_status) VALUES ('"
            + id
            + "', '"
            + article
            + "', 'a.txt', 'text/plain', 1, 'x', 'k-"
            + id
            + "', 'amy', CURRENT_TIMESTAMP, 'EXTRACTED')");
  }

  private static List<String> links(DataSource dataSource) throws Exception {
    List<String> links = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT article_id, version_number, attachment_id FROM article_version_attachment"
                    + " ORDER BY article_id, version_number")) {
      while (rs.next()) {
        links.add(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3));
      }
    }
    return links;
  }
}
