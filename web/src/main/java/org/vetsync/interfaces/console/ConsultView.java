package org.vetsync.interfaces.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.vetsync.application.StaffActions;
import org.vetsync.application.query.ConsultQueries;
import org.vetsync.application.query.ConsultSummary;
import org.vetsync.application.query.ConsultTimeline;
import org.vetsync.domain.model.audit.AuditedAction;
import org.vetsync.interfaces.security.StaffPermission;

/** One consult's timeline (console/consult.xhtml?consult=C-1001), and sending it to its cabinets again. */
@Named
@ViewScoped
public class ConsultView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsultQueries queries;
  @Inject private StaffActions actions;
  @Inject private ConsoleActions console;

  private String consultId;
  private ConsultTimeline timeline;

  /** The page's view action: runs once per visit, after the consult parameter is set. */
  public void load() {
    timeline = consultId == null || consultId.isBlank() ? null : queries.timeline(consultId.strip());
  }

  public void syncAgain() {
    String consult = timeline.consultId();
    if (console.perform(StaffPermission.MANUAL_SYNC, AuditedAction.on("sync consult", "consult", consult),
        "Consult " + consult + " and its open items were sent to their cabinets again.",
        user -> actions.manualSync(consult, user))) {
      load();
    }
  }

  public String getConsultId() {
    return consultId;
  }

  public void setConsultId(String consultId) {
    this.consultId = consultId;
  }

  public ConsultTimeline getTimeline() {
    return timeline;
  }

  /** The consult itself; null when none was asked for or vetsync has none of that id. */
  public ConsultSummary getConsult() {
    return timeline == null ? null : timeline.consult();
  }
}
