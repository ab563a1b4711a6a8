package org.vetsync.interfaces.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.vetsync.application.BulkRetry;
import org.vetsync.application.StaffActions;
import org.vetsync.application.query.CabinetQueries;
import org.vetsync.application.query.EventColumn;
import org.vetsync.application.query.EventFilter;
import org.vetsync.application.query.EventSort;
import org.vetsync.application.query.FailureCauseRow;
import org.vetsync.application.query.SyncEventQueries;
import org.vetsync.application.query.SyncEventRow;
import org.vetsync.domain.model.audit.AuditedAction;
import org.vetsync.domain.model.sync.SyncEventStatus;
import org.vetsync.domain.model.sync.SyncEventType;
import org.vetsync.interfaces.security.StaffPermission;

/**
 * The sync-event dashboard: pages are fetched from the database as staff scroll, sort and filter, never the whole
 * table; the count stops at {@link #COUNT_CAP}, and so do the pages, in any order. Staff retry a failed event, ignore one with a reason, or retry
 * every event that failed for one cause.
 */
@Named
@ViewScoped
public class SyncEventsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Events counted at most, and paged through: the newest that match (SyncEventQueries.WINDOW). */
  static final int COUNT_CAP = SyncEventQueries.WINDOW;

  /** Failure causes listed in the bulk-retry panel. */
  private static final int CAUSES_LISTED = 20;

  /** What SyncEvent.ignore accepts; the console offers Ignore only on these. */
  private static final Set<SyncEventStatus> IGNORABLE = EnumSet.of(
      SyncEventStatus.PENDING, SyncEventStatus.FAILED, SyncEventStatus.REJECTED, SyncEventStatus.UNALLOCATED);

  @Inject private transient SyncEventQueries queries;
  @Inject private transient CabinetQueries cabinetQueries;
  @Inject private StaffActions actions;
  @Inject private BulkRetry bulkRetry;
  @Inject private ConsoleActions console;

  private LocalDateTime from;
  private LocalDateTime to;
  private boolean capped;
  private long ignoring;
  private String reason;
  private List<FailureCauseRow> causes;
  private List<String> cabinets;

  private final LazyDataModel<SyncEventRow> events =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
          long matching = queries.countUpTo(filter(filters), COUNT_CAP + 1L);
          capped = matching > COUNT_CAP;
          return (int) Math.min(matching, COUNT_CAP);
        }

        @Override
        public List<SyncEventRow> load(
            int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
          return queries.page(filter(filters), sort(sort), first, pageSize);
        }

        @Override
        public String getRowKey(SyncEventRow row) {
          return Long.toString(row.id());
        }
      };

  /** The table's column filters, its global search and the time range, as the query understands them. */
  EventFilter filter(Map<String, FilterMeta> filters) {
    return new EventFilter(
        value(filters, "status") == null ? null : SyncEventStatus.valueOf(value(filters, "status")),
        value(filters, "cabinet"),
        value(filters, "consult"),
        value(filters, "patient"),
        value(filters, "type") == null ? null : SyncEventType.valueOf(value(filters, "type")),
        instant(from),
        instant(to),
        value(filters, FilterMeta.GLOBAL_FILTER_KEY));
  }

  private static EventSort sort(Map<String, SortMeta> sort) {
    return sort.values().stream()
        .filter(s -> s.getOrder() != SortOrder.UNSORTED)
        .findFirst()
        .map(s -> new EventSort(column(s.getField()), s.getOrder() == SortOrder.ASCENDING))
        .orElse(EventSort.NEWEST_FIRST);
  }

  private static EventColumn column(String field) {
    return switch (field) {
      case "cabinet" -> EventColumn.CABINET;
      case "consult" -> EventColumn.CONSULT;
      case "type" -> EventColumn.TYPE;
      case "status" -> EventColumn.STATUS;
      default -> EventColumn.TIME;
    };
  }

  private static String value(Map<String, FilterMeta> filters, String field) {
    FilterMeta meta = filters.get(field);
    Object value = meta == null ? null : meta.getFilterValue();
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static Instant instant(LocalDateTime time) {
    return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
  }

  public LazyDataModel<SyncEventRow> getEvents() {
    return events;
  }

  /** Whether more events match than the table pages through. */
  public boolean isCapped() {
    return capped;
  }

  public int getCountCap() {
    return COUNT_CAP;
  }

  public SyncEventStatus[] getStatuses() {
    return SyncEventStatus.values();
  }

  public SyncEventType[] getTypes() {
    return SyncEventType.values();
  }

  /** The cabinets the cabinet filter offers, read once per visit. */
  public List<String> getCabinets() {
    if (cabinets == null) {
      cabinets = cabinetQueries.codes();
    }
    return cabinets;
  }

  /** Causes of the events now Failed, most frequent first; read again after each action and on Refresh. */
  public List<FailureCauseRow> getCauses() {
    if (causes == null) {
      causes = queries.failureCauses(CAUSES_LISTED);
    }
    return causes;
  }

  public void refreshCauses() {
    causes = null;
  }

  public boolean retryable(SyncEventRow row) {
    return statusOf(row) == SyncEventStatus.FAILED;
  }

  public boolean ignorable(SyncEventRow row) {
    return IGNORABLE.contains(statusOf(row));
  }

  public void retry(long id) {
    console.perform(StaffPermission.RETRY, AuditedAction.on("retry sync event", "sync event", id), "Sync event " + id + " is being retried.",
        user -> actions.retry(id, user));
    refreshCauses();
  }

  /** Retries every Failed event of one cause (up to the limit of one click), each as its own Retry. */
  public void retryAll(FailureCauseRow cause) {
    String described = cause.cause() == null ? "recorded without a cause" : "“" + cause.cause() + "”";
    AuditedAction action = new AuditedAction("retry the failed events of a cause", null, null, described);
    console.report(StaffPermission.RETRY, action, user -> {
      BulkRetry.Outcome outcome = bulkRetry.retryFailed(cause.cause(), user);
      return outcome.retried() + " failed events " + described + " retried"
          + (outcome.refused() > 0 ? "; " + outcome.refused() + " could not be retried" : "")
          + (outcome.more() ? "; more remain, retry again" : "") + ".";
    });
    refreshCauses();
  }

  /** Opens the ignore dialog for one event, with an empty reason. */
  public void prepareIgnore(long id) {
    ignoring = id;
    reason = null;
  }

  public void ignore() {
    long id = ignoring;
    console.perform(StaffPermission.IGNORE, AuditedAction.on("ignore sync event", "sync event", id).noting(reason),
        "Sync event " + id + " is ignored.",
        user -> actions.ignore(id, user, reason));
    refreshCauses();
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

  public LocalDateTime getFrom() {
    return from;
  }

  public void setFrom(LocalDateTime from) {
    this.from = from;
  }

  public LocalDateTime getTo() {
    return to;
  }

  public void setTo(LocalDateTime to) {
    this.to = to;
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
