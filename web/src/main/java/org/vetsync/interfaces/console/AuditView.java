package org.vetsync.interfaces.console;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.vetsync.application.query.AuditQueries;
import org.vetsync.application.query.AuditRow;
import org.vetsync.domain.model.audit.AuditFilter;
import org.vetsync.domain.model.audit.AuditOutcome;

/**
 * The audit trail, newest first, a page at a time, filtered by user, action, target, outcome and time; the same
 * filter exports the rows as CSV. Only ADMIN and AUDITOR reach this page (PageGuard).
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AuditQueries queries;

  private String user;
  private String action;
  private String target;
  private AuditOutcome outcome;
  private LocalDateTime from;
  private LocalDateTime to;

  private final LazyDataModel<AuditRow> entries =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
          return (int) Math.min(Integer.MAX_VALUE, queries.count(filter()));
        }

        @Override
        public List<AuditRow> load(
            int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
          return queries.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditRow row) {
          return Long.toString(row.id());
        }
      };

  AuditFilter filter() {
    return new AuditFilter(user, action, target, outcome, instant(from), instant(to));
  }

  /** The CSV export of what the filter selects, as a link: the download streams from the staff API. */
  public String getExportUrl() {
    String query = filter().parameters().entrySet().stream()
        .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue().toString(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    String path = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/staff/audit.csv";
    return query.isEmpty() ? path : path + "?" + query;
  }

  /** A new filter starts on the first page: the page staff were on may not exist any more. */
  public void apply() {
    ((DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("audit:table")).setFirst(0);
  }

  public void clear() {
    apply();
    user = null;
    action = null;
    target = null;
    outcome = null;
    from = null;
    to = null;
  }

  private static Instant instant(LocalDateTime time) {
    return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
  }

  public LazyDataModel<AuditRow> getEntries() {
    return entries;
  }

  public AuditOutcome[] getOutcomes() {
    return AuditOutcome.values();
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public AuditOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(AuditOutcome outcome) {
    this.outcome = outcome;
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
}
