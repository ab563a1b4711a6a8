package org.vetsync.interfaces.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.SelectEvent;
import org.vetsync.application.StaffActions;
import org.vetsync.application.query.ConsultItemRow;
import org.vetsync.application.query.ConsultQueries;
import org.vetsync.application.query.OrphanQueries;
import org.vetsync.application.query.OrphanRow;
import org.vetsync.domain.model.audit.AuditedAction;
import org.vetsync.interfaces.security.StaffPermission;

/**
 * Open orphan dispenses and what staff do with them: match one to a consult item, allocate a temporary patient to a
 * real one, or (an admin) dismiss it with a reason. Each dialog works on the orphan its row button chose.
 */
@Named
@ViewScoped
public class OrphansView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OrphanQueries orphanQueries;
  @Inject private ConsultQueries consultQueries;
  @Inject private StaffActions actions;
  @Inject private ConsoleActions console;

  private List<OrphanRow> orphans;
  private OrphanRow selected;
  private String consultId;
  private String itemId;
  private String patientId;
  private String reason;
  /** Null while no consult is typed in or the one typed in does not exist. */
  private List<ConsultItemRow> consultItems;
  private ConsultItemRow pickedItem;

  @PostConstruct
  void load() {
    orphans = orphanQueries.open();
  }

  /** Match dialog: starts from the consult the cabinet named, if any, and shows its items. */
  public void prepareMatch(OrphanRow orphan) {
    selected = orphan;
    consultId = orphan.consult();
    itemId = null;
    loadItems();
  }

  public void prepareAllocate(OrphanRow orphan) {
    selected = orphan;
    patientId = null;
    consultId = null;
  }

  public void prepareDismiss(OrphanRow orphan) {
    selected = orphan;
    reason = null;
  }

  /** The items of the consult typed into the match dialog, so staff pick an item of the right product. */
  public void loadItems() {
    pickedItem = null;
    consultItems = consultId == null || consultId.isBlank()
        ? null : consultQueries.items(consultId.strip()).orElse(null);
  }

  public void itemPicked(SelectEvent<ConsultItemRow> event) {
    itemId = event.getObject().itemId();
  }

  public void match() {
    long id = selected.id();
    String consult = consultId.strip();
    String item = itemId.strip();
    if (console.perform(StaffPermission.MATCH, AuditedAction.on("match orphan dispense", "orphan dispense", id)
            .noting("consult " + consult + ", item " + item),
        "Orphan dispense " + id + " matched to consult " + consult + ", item " + item + ", and billed.",
        user -> actions.matchOrphan(id, consult, item, user))) {
      load();
    }
  }

  public void allocate() {
    long id = selected.id();
    String patient = patientId.strip();
    String consult = consultId.strip();
    if (console.perform(StaffPermission.ALLOCATE, AuditedAction.on("allocate temporary patient", "orphan dispense", id)
            .noting("patient " + patient + ", consult " + consult),
        "The temporary patient of orphan dispense " + id + " is patient " + patient + "; its dispenses are billed to"
            + " consult " + consult + ".",
        user -> actions.allocateTemporaryPatient(id, patient, consult, user))) {
      load();
    }
  }

  public void dismiss() {
    long id = selected.id();
    if (console.perform(StaffPermission.DISMISS,
        AuditedAction.on("dismiss orphan dispense", "orphan dispense", id).noting(reason),
        "Orphan dispense " + id + " is dismissed and will not be billed.",
        user -> actions.dismissOrphan(id, user, reason))) {
      load();
    }
  }

  /** Whether the match dialog should say the consult typed in is unknown. */
  public boolean isConsultUnknown() {
    return consultId != null && !consultId.isBlank() && consultItems == null;
  }

  public List<OrphanRow> getOrphans() {
    return orphans;
  }

  public OrphanRow getSelected() {
    return selected;
  }

  public String getConsultId() {
    return consultId;
  }

  public void setConsultId(String consultId) {
    this.consultId = consultId;
  }

  public String getItemId() {
    return itemId;
  }

  public void setItemId(String itemId) {
    this.itemId = itemId;
  }

  public String getPatientId() {
    return patientId;
  }

  public void setPatientId(String patientId) {
    this.patientId = patientId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<ConsultItemRow> getConsultItems() {
    return consultItems;
  }

  public ConsultItemRow getPickedItem() {
    return pickedItem;
  }

  public void setPickedItem(ConsultItemRow pickedItem) {
    this.pickedItem = pickedItem;
  }
}
