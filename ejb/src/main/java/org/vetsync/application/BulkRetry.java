package org.vetsync.application;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.vetsync.application.query.SyncEventQueries;

/**
 * Staff's "Retry all" for one failure cause: once the cause is fixed (a cabinet restocked, a consult arrived), every
 * event that failed with it is retried as if staff had pressed Retry on each. Each retry is its own transaction, so
 * one that is refused (or failed again meanwhile) neither stops nor undoes the others.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkRetry {

  private static final Logger LOG = Logger.getLogger(BulkRetry.class.getName());

  /** What a bulk retry did; {@code more}: events beyond this click's limit still fail with the cause. */
  public record Outcome(int retried, int refused, boolean more) {}

  @Inject private StaffActions actions;
  @Inject private SyncEventQueries queries;

  /** @param cause as listed by {@link SyncEventQueries#failureCauses}; null for failures recorded without a cause */
  public Outcome retryFailed(String cause, String user) {
    List<Long> ids = queries.failedWithCause(cause, SyncEventQueries.MAX_BULK_RETRY + 1);
    List<Long> now = ids.subList(0, Math.min(ids.size(), SyncEventQueries.MAX_BULK_RETRY));
    int retried = 0;
    int refused = 0;
    for (long id : now) {
      try {
        actions.retry(id, user);
        retried++;
      } catch (ActionRefusedException | EJBException e) {
        refused++;
        LOG.warning(() -> "Bulk retry by " + user + " could not retry sync event " + id + ": " + e.getMessage());
      }
    }
    Outcome outcome = new Outcome(retried, refused, ids.size() > now.size());
    LOG.info(() -> user + " retried " + outcome.retried() + " failed sync events with cause \"" + cause + "\" ("
        + outcome.refused() + " refused" + (outcome.more() ? ", more remain" : "") + ")");
    return outcome;
  }
}
