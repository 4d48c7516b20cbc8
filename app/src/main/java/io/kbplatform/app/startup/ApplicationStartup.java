package io.kbplatform.app.startup;

import io.kbplatform.app.security.AdminBootstrap;
import io.kbplatform.app.synonym.StarterSynonymBootstrap;
import io.kbplatform.app.verification.VerificationScheduler;
import io.kbplatform.content.database.DatabaseMigrator;
import io.kbplatform.content.importing.ImportJobs;
import io.kbplatform.search.indexing.IndexingScheduler;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Starts the application in order: migrate the schema with Flyway, make sure an administrator
 * exists, give a new installation the starter synonym sets, then start draining the indexing
 * outbox.
 *
 * <p>The data source is pooled by the container; which database it reaches is read from
 * MicroProfile Config at run time (see {@code ConfiguredDataSource}).
 */
@DataSourceDefinition(
    name = ApplicationStartup.DATA_SOURCE,
    className = "io.kbplatform.content.database.ConfiguredDataSource",
    minPoolSize = 1,
    maxPoolSize = 32,
    initialPoolSize = 1,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class ApplicationStartup {

  public static final String DATA_SOURCE = "java:app/jdbc/kb";
  private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  private AdminBootstrap adminBootstrap;
  private IndexingScheduler indexing;
  private VerificationScheduler verification;
  private ImportJobs importJobs;
  private StarterSynonymBootstrap starterSynonyms;

  protected ApplicationStartup() {}

  @Inject
  public ApplicationStartup(
      AdminBootstrap adminBootstrap,
      IndexingScheduler indexing,
      VerificationScheduler verification,
      ImportJobs importJobs,
      StarterSynonymBootstrap starterSynonyms) {
    this.importJobs = importJobs;
    this.starterSynonyms = starterSynonyms;
    this.verification = verification;
    this.adminBootstrap = adminBootstrap;
    this.indexing = indexing;
  }

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      LOG.info(
          () -> {
            try {
              return "Database: "
                  + connection.getMetaData().getDatabaseProductName()
                  + " "
                  + connection.getMetaData().getDatabaseProductVersion();
            } catch (SQLException e) {
              return "Database: unknown";
            }
          });
    }
    MigrateResult migration = DatabaseMigrator.migrate(dataSource);
    LOG.info(
        "Database schema at version "
            + migration.targetSchemaVersion
            + " ("
            + migration.migrationsExecuted
            + " migrations applied now)");
    adminBootstrap.ensureAdministrator();
    starterSynonyms.loadIntoEmptyInstallation();
    int interrupted = importJobs.failInterrupted();
    if (interrupted > 0) {
      LOG.warning(interrupted + " import jobs were interrupted by a restart and marked FAILED");
    }
    indexing.start();
    verification.start();
  }
}
