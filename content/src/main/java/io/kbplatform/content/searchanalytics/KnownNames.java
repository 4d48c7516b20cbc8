package io.kbplatform.content.searchanalytics;

import io.kbplatform.content.user.AccountCreated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The user names and display names of every account, as a {@link PersonalData} masker: a query that
 * holds a colleague's name is masked before anyone else can see it. Read again every {@value
 * #REFRESH_SECONDS} seconds, and as soon as the number of accounts changed (checked at most every
 * {@value #COUNT_CHECK_SECONDS} seconds, for accounts made on other instances), and at once after
 * an account is created here, so that a new colleague's name is masked from the next search on.
 */
@ApplicationScoped
public class KnownNames {

  private static final Logger LOG = Logger.getLogger(KnownNames.class.getName());
  static final int REFRESH_SECONDS = 60;
  static final int COUNT_CHECK_SECONDS = 2;

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  private volatile PersonalData masker;
  private volatile Instant readAt = Instant.MIN;
  private volatile Instant countedAt = Instant.MIN;
  private volatile long accounts = -1;
  private Clock clock;

  protected KnownNames() {
    this.clock = Clock.systemUTC();
  }

  @Inject
  public KnownNames(Clock clock) {
    this.clock = clock;
  }

  /** A masker that knows every account's names (at most a minute old). */
  @Transactional
  public PersonalData masker() {
    Instant now = clock.instant();
    PersonalData current = masker;
    try {
      if (current != null && readAt.plus(Duration.ofSeconds(REFRESH_SECONDS)).isAfter(now)) {
        if (countedAt.plus(Duration.ofSeconds(COUNT_CHECK_SECONDS)).isAfter(now)) {
          return current;
        }
        countedAt = now;
        if (count() == accounts) {
          return current;
        }
      }
      List<String> names = new ArrayList<>();
      em.createQuery("SELECT u.username, u.displayName FROM UserAccount u", Object[].class)
          .getResultList()
          .forEach(
              row -> {
                names.add((String) row[0]);
                names.add((String) row[1]);
              });
      current = PersonalData.knowing(names);
      masker = current;
      accounts = count();
      readAt = now;
      countedAt = now;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not read user names; masking by pattern only", e);
      if (current == null) {
        return PersonalData.PATTERNS_ONLY;
      }
    }
    return current;
  }

  private long count() {
    return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
  }

  /** Forgets the names read, so the next masking reads them again (after an account changed). */
  public void forget() {
    readAt = Instant.MIN;
  }

  /** A new colleague's name is masked from the very next search on, not seconds later. */
  void accountCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountCreated event) {
    forget();
  }
}
