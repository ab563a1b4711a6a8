package org.vetsync.interfaces.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.vetsync.application.StaffActions;
import org.vetsync.application.query.ReconciliationQueries;
import org.vetsync.application.query.ReconciliationRow;
import org.vetsync.domain.model.audit.AuditedAction;
import org.vetsync.interfaces.security.StaffPermission;

/**
 * The reconciliation worklist: consult items whose planned, dispensed and billed quantities did not agree when the
 * consult expired. Staff find out why and close each with a resolution; closed items stay readable.
 */
@Named
@ViewScoped
public class ReconciliationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReconciliationQueries queries;
  @Inject private StaffActions actions;
  @Inject private ConsoleActions console;

  private boolean showClosed;
  private List<ReconciliationRow> items;
  private ReconciliationRow selected;
  private String resolution;

  @PostConstruct
  void load() {
    items = showClosed ? queries.closed() : queries.open();
  }

  public void prepareResolve(ReconciliationRow item) {
    selected = item;
    resolution = null;
  }

  public void resolve() {
    long id = selected.id();
    String text = resolution;
    if (console.perform(StaffPermission.RESOLVE_RECONCILIATION,
        AuditedAction.on("resolve reconciliation item", "reconciliation item", id).noting(text),
        "Reconciliation item " + id + " (consult " + selected.consultId() + ", item " + selected.itemId()
            + ") is closed.",
        user -> actions.resolveReconciliation(id, user, text))) {
      load();
    }
  }

  /** "open" or "closed": the worklist's filter. */
  public String getShow() {
    return showClosed ? "closed" : "open";
  }

  public void setShow(String show) {
    showClosed = "closed".equals(show);
  }

  public void filter() {
    load();
  }

  public boolean isShowClosed() {
    return showClosed;
  }

  public int getClosedShown() {
    return ReconciliationQueries.CLOSED_SHOWN;
  }

  public List<ReconciliationRow> getItems() {
    return items;
  }

  public ReconciliationRow getSelected() {
    return selected;
  }

  public String getResolution() {
    return resolution;
  }

  public void setResolution(String resolution) {
    this.resolution = resolution;
  }
}
