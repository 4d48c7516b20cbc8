package io.kbplatform.content.database;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date with the Flyway migrations in {@code db/migration}. */
public final class DatabaseMigrator {

  private DatabaseMigrator() {}

  public static MigrateResult migrate(DataSource dataSource) {
    return Flyway.configure(DatabaseMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }
}
