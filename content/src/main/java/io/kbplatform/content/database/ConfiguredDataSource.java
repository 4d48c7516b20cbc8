package io.kbplatform.content.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data source the container pools (see the app's {@code @DataSourceDefinition}): it reads
 * {@link DatabaseSettings} from MicroProfile Config when first used and delegates to H2 or
 * PostgreSQL accordingly, so one build serves both without anything baked in at build time.
 */
public class ConfiguredDataSource implements DataSource {

  private volatile DataSource delegate;
  private PrintWriter logWriter;
  private int loginTimeout;

  public static DataSource of(DatabaseSettings settings) {
    if (settings.isPostgres()) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(settings.url());
      pg.setUser(settings.user());
      pg.setPassword(settings.password());
      return pg;
    }
    if (settings.url().startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(settings.url());
      h2.setUser(settings.user());
      h2.setPassword(settings.password());
      return h2;
    }
    throw new IllegalStateException(
        "Unsupported database URL (use jdbc:postgresql: or jdbc:h2:): " + settings.url());
  }

  private DataSource delegate() {
    DataSource current = delegate;
    if (current == null) {
      synchronized (this) {
        if (delegate == null) {
          // Pools may open connections on container threads without a context class loader.
          delegate =
              of(
                  DatabaseSettings.from(
                      ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader())));
        }
        current = delegate;
      }
    }
    return current;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("Not a wrapper for " + iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
