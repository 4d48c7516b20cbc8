package io.kbplatform.app.verification;

import io.kbplatform.content.verification.ArticleVerification;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Marks lapsed articles as needing review every {@code kb.verification.check-interval}. */
@ApplicationScoped
public class VerificationScheduler {

  private static final Logger LOG = Logger.getLogger(VerificationScheduler.class.getName());

  @Resource ManagedScheduledExecutorService executor;

  private ArticleVerification verification;
  private Duration interval;
  private ScheduledFuture<?> task;

  protected VerificationScheduler() {}

  @Inject
  public VerificationScheduler(
      ArticleVerification verification,
      @ConfigProperty(name = "kb.verification.check-interval", defaultValue = "PT15M")
          Duration interval) {
    this.verification = verification;
    this.interval = interval;
  }

  public synchronized void start() {
    if (task == null) {
      long millis = interval.toMillis();
      task =
          executor.scheduleWithFixedDelay(
              this::checkQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }
  }

  private void checkQuietly() {
    try {
      int marked;
      do {
        marked = verification.markLapsed();
        if (marked > 0) {
          int count = marked;
          LOG.info(() -> count + " articles now need review");
        }
      } while (marked > 0);
    } catch (Throwable e) { // NOPMD: an escaping error would cancel the schedule for good
      LOG.log(Level.WARNING, "Checking review dates failed; will retry", e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
      task = null;
    }
  }
}
