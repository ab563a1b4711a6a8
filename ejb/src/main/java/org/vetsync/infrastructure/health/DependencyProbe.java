package org.vetsync.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.vetsync.infrastructure.config.Setting;
import org.vetsync.infrastructure.messaging.jms.Queues;

/**
 * Checks that the database and the broker answer. Reasons name the dependency and the failure, never data.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DependencyProbe {

  @Resource(lookup = "jdbc/vetsync")
  private DataSource dataSource;

  @Resource(lookup = Queues.CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  @Resource private ManagedExecutorService executor;

  /** Empty when the database answers; otherwise why not. */
  public Optional<String> databaseProblem() {
    try (java.sql.Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(5);
      statement.execute("select 1 from scheduled_job where 1 = 0");
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of("database: " + e.getMessage());
    }
  }

  /**
   * Empty when a session can be opened on the broker. Opening a connection through the pool can block while the
   * resource adapter retries a dead broker, so the attempt is bounded.
   */
  public Optional<String> brokerProblem() {
    Future<Optional<String>> attempt =
        executor.submit(
            () -> {
              try (Connection connection = connectionFactory.createConnection();
                  Session session = connection.createSession()) {
                session.createQueue(Queues.CABINET_EVENTS);
                return Optional.empty();
              } catch (JMSException | RuntimeException e) {
                return Optional.of("broker: " + e.getMessage());
              }
            });
    int timeout = Setting.HEALTH_BROKER_TIMEOUT_SECONDS.intValue();
    try {
      return attempt.get(timeout, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      attempt.cancel(true);
      return Optional.of("broker: no connection within " + timeout + " s");
    } catch (ExecutionException e) {
      return Optional.of("broker: " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("broker: interrupted");
    }
  }
}
