package org.vetsync.interfaces.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.vetsync.application.StaffActions;
import org.vetsync.application.query.SyncEventQueries;
import org.vetsync.application.query.SyncEventRow;
import org.vetsync.domain.model.sync.SyncEventStatus;
import org.vetsync.interfaces.security.StaffPermission;

/**
 * The sync-event dashboard: pages are fetched from the database as staff scroll, never the whole table. Staff retry a
 * failed event, or ignore one with a reason.
 */
@Named
@ViewScoped
public class SyncEventsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What SyncEvent.ignore accepts; the console offers Ignore only on these. */
  private static final Set<SyncEventStatus> IGNORABLE = EnumSet.of(
      SyncEventStatus.PENDING, SyncEventStatus.FAILED, SyncEventStatus.REJECTED, SyncEventStatus.UNALLOCATED);

  @Inject private transient SyncEventQueries queries;
  @Inject private StaffActions actions;
  @Inject private ConsoleActions console;

  private SyncEventStatus status;
  private long ignoring;
  private String reason;

  private final LazyDataModel<SyncEventRow> events =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
          return (int) Math.min(Integer.MAX_VALUE, queries.count(status));
        }

        @Override
        public List<SyncEventRow> load(
            int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
          return queries.page(status, first, pageSize);
        }

        @Override
        public String getRowKey(SyncEventRow row) {
          return Long.toString(row.id());
        }
      };

  public LazyDataModel<SyncEventRow> getEvents() {
    return events;
  }

  public SyncEventStatus getStatus() {
    return status;
  }

  public void setStatus(SyncEventStatus status) {
    this.status = status;
  }

  public SyncEventStatus[] getStatuses() {
    return SyncEventStatus.values();
  }

  public boolean retryable(SyncEventRow row) {
    return statusOf(row) == SyncEventStatus.FAILED;
  }

  public boolean ignorable(SyncEventRow row) {
    return IGNORABLE.contains(statusOf(row));
  }

  public void retry(long id) {
    console.perform(StaffPermission.RETRY, "retry sync event " + id, "Sync event " + id + " is being retried.",
        user -> actions.retry(id, user));
  }

  /** Opens the ignore dialog for one event, with an empty reason. */
  public void prepareIgnore(long id) {
    ignoring = id;
    reason = null;
  }

  public void ignore() {
    long id = ignoring;
    console.perform(StaffPermission.IGNORE, "ignore sync event " + id, "Sync event " + id + " is ignored.",
        user -> actions.ignore(id, user, reason));
  }

  public long getIgnoring() {
    return ignoring;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** The row carries the status as staff read it; map it back to decide which actions apply. */
  private static SyncEventStatus statusOf(SyncEventRow row) {
    for (SyncEventStatus s : SyncEventStatus.values()) {
      if (s.label().equals(row.status())) {
        return s;
      }
    }
    throw new IllegalArgumentException("Unknown sync event status " + row.status());
  }
}
