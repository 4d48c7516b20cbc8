package io.kbplatform.content.database;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where the database is: {@code kb.db.url} (env {@code KB_DB_URL}) with its user and password, or
 * by default an embedded H2 file database under {@code kb.data.dir} (env {@code KB_DATA_DIR}).
 */
public record DatabaseSettings(String url, String user, String password) {

  public static DatabaseSettings from(Config config) {
    Optional<String> url =
        config.getOptionalValue("kb.db.url", String.class).filter(s -> !s.isBlank());
    if (url.isPresent()) {
      return new DatabaseSettings(
          url.get(),
          config.getOptionalValue("kb.db.user", String.class).orElse(""),
          config.getOptionalValue("kb.db.password", String.class).orElse(""));
    }
    Path dataDir =
        Path.of(config.getOptionalValue("kb.data.dir", String.class).orElse("./data"))
            .toAbsolutePath()
            .normalize();
    return embedded(dataDir);
  }

  /** The embedded H2 database that lives in {@code <dataDir>/db}. */
  public static DatabaseSettings embedded(Path dataDir) {
    Path file = dataDir.resolve("db").resolve("kb");
    return new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "kb", "");
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  @Override
  public String toString() {
    return "DatabaseSettings[url=" + url + ", user=" + user + "]";
  }
}
