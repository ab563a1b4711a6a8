package org.vetsync.infrastructure.transaction;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.vetsync.application.FailureSummary;

/**
 * Completes the transactions whose second phase failed while PostgreSQL was unreachable. A branch left prepared holds
 * its row locks (a consult's, for a dispense), so every later delivery for that consult waits behind it and the
 * cabinet intake stalls (docs/RELIABILITY.md, D9). The transaction manager knows how each of them must end, and its
 * own retry (pending-txn-cleanup-interval) is meant to finish them, but Payara 6's retry thread only runs again when
 * the number of incomplete transactions has grown since its last pass: a pass that ran while the database was still
 * down is never repeated. So once a minute, when vetsync's PostgreSQL has branches prepared for longer than any
 * healthy commit takes, this asks the transaction manager to complete its incomplete transactions, the same call its
 * retry thread and {@code asadmin recover-transactions} make.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StrandedBranchRecovery {

  private static final Logger LOG = Logger.getLogger(StrandedBranchRecovery.class.getName());

  /** Both how often to look and how old a prepared branch must be to count as stranded. */
  static final int SECONDS = 60;

  private static final int NOT_POSTGRESQL = -1;

  private static final String STRANDED =
      "select count(*) from pg_prepared_xacts where database = current_database() and owner = current_user"
          + " and prepared < now() - make_interval(secs => ?)";

  @Resource(lookup = "jdbc/vetsync")
  private DataSource dataSource;

  /** Any object of the transaction service: its class loader sees the transaction manager's recovery API. */
  @Resource private TransactionSynchronizationRegistry transactionService;

  @Resource private TimerService timers;

  /** Payara's ResourceRecoveryManager and its recoverIncompleteTx(boolean, String), found once at start. */
  private Object recoveryManager;

  private Method recoverIncompleteTx;

  private int lastReported;

  /** Found at start, so that a server without the recovery API says so at once, not during an outage. */
  @PostConstruct
  void start() {
    try {
      locateRecoveryManager();
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warning(() -> "Stranded-branch recovery unavailable; branches a failed commit leaves prepared wait for a"
          + " restart of vetsync: " + FailureSummary.of(e));
      return;
    }
    timers.createIntervalTimer(SECONDS * 1000L, SECONDS * 1000L, new TimerConfig("stranded-branch-recovery", false));
    LOG.info(() -> "Stranded-branch recovery ready: every " + SECONDS + " s, PostgreSQL branches prepared for over "
        + SECONDS + " s are handed to the transaction manager");
  }

  @Timeout
  void check(Timer timer) {
    int stranded;
    try {
      stranded = strandedBranches();
    } catch (SQLException e) {
      return; // the database is away: nothing can be completed until it is back, and the next check comes
    }
    if (stranded == NOT_POSTGRESQL) {
      timer.cancel();
      LOG.info("Stranded-branch recovery off: the database is not PostgreSQL and keeps no prepared branches");
      return;
    }
    if (stranded == 0) {
      lastReported = 0;
      return;
    }
    try {
      recoverIncompleteTx.invoke(recoveryManager, false, null);
      int left = strandedBranches();
      if (left == 0) {
        LOG.info(() -> "Transaction recovery: " + stranded + " PostgreSQL branches had been prepared for over "
            + SECONDS + " s; the transaction manager completed them");
      } else if (left != lastReported) {
        LOG.warning(() -> "Transaction recovery: " + left + " of " + stranded + " PostgreSQL branches stay prepared"
            + " after the transaction manager's pass: they are not incomplete transactions of this server (another"
            + " instance's, or from before a crash); a restart of vetsync completes its own from its transaction log");
      }
      lastReported = left;
    } catch (ReflectiveOperationException | SQLException | RuntimeException e) {
      LOG.warning(() -> "Transaction recovery: " + stranded + " PostgreSQL branches prepared for over " + SECONDS
          + " s, and the transaction manager could not be asked to complete them: " + FailureSummary.of(e));
    }
  }

  /** NOT_POSTGRESQL on a database without prepared transactions to look at (H2, which is not XA). */
  private int strandedBranches() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        return NOT_POSTGRESQL;
      }
      try (PreparedStatement statement = connection.prepareStatement(STRANDED)) {
        statement.setQueryTimeout(10);
        statement.setInt(1, SECONDS);
        try (ResultSet rows = statement.executeQuery()) {
          rows.next();
          return rows.getInt(1);
        }
      }
    }
  }

  /**
   * Payara's ResourceRecoveryManager: not a public API, so reached by name through the class loader of the transaction
   * service, which imports it on Payara Server and Payara Micro alike.
   */
  private void locateRecoveryManager() throws ReflectiveOperationException {
    ClassLoader server = transactionService.getClass().getClassLoader();
    Object locator = Class.forName("org.glassfish.internal.api.Globals", true, server)
        .getMethod("getDefaultHabitat").invoke(null);
    Class<?> recoveryApi =
        Class.forName("com.sun.enterprise.transaction.api.ResourceRecoveryManager", true, server);
    recoveryManager = Class.forName("org.glassfish.hk2.api.ServiceLocator", true, server)
        .getMethod("getService", Class.class, Annotation[].class)
        .invoke(locator, recoveryApi, new Annotation[0]);
    if (recoveryManager == null) {
      throw new IllegalStateException("the server has no " + recoveryApi.getName() + " service");
    }
    recoverIncompleteTx = recoveryApi.getMethod("recoverIncompleteTx", boolean.class, String.class);
  }
}
