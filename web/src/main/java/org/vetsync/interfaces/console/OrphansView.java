package org.vetsync.interfaces.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.vetsync.application.StaffActions;
import org.vetsync.application.query.ConsultItemRow;
import org.vetsync.application.query.ConsultQueries;
import org.vetsync.application.query.MatchSuggestion;
import org.vetsync.application.query.OrphanQueries;
import org.vetsync.application.query.OrphanRow;
import org.vetsync.domain.model.audit.AuditedAction;
import org.vetsync.interfaces.security.StaffPermission;

/**
 * Open orphan dispenses and what staff do with them: match one to a consult item (one click on a ranked suggestion,
 * or an item picked by hand), split it across several items, allocate a temporary patient to a real one, or (an
 * admin) dismiss it with a reason. Each dialog works on the orphan its row button chose.
 */
@Named
@ViewScoped
public class OrphansView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OrphanQueries orphanQueries;
  @Inject private ConsultQueries consultQueries;
  @Inject private StaffActions actions;
  @Inject private ConsoleActions console;

  /** Paged in the database: a practice can collect thousands of open orphans while a cabinet is misconfigured. */
  private final LazyDataModel<OrphanRow> orphans =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
          return (int) Math.min(Integer.MAX_VALUE, orphanQueries.countOpen());
        }

        @Override
        public List<OrphanRow> load(
            int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
          return orphanQueries.open(first, pageSize);
        }

        @Override
        public String getRowKey(OrphanRow row) {
          return Long.toString(row.id());
        }
      };
  private OrphanRow selected;
  private String consultId;
  private String itemId;
  private String patientId;
  private String reason;
  /** Null while no consult is typed in or the one typed in does not exist. */
  private List<ConsultItemRow> consultItems;
  private ConsultItemRow pickedItem;
  private List<MatchSuggestion> suggestions = List.of();
  /** Null while no consult is typed in or the one typed in does not exist. */
  private List<SplitPart> splitParts;

  /** Match dialog: starts from the consult the cabinet named, if any, and shows its items. */
  public void prepareMatch(OrphanRow orphan) {
    selected = orphan;
    consultId = orphan.consult();
    itemId = null;
    loadItems();
    suggestions = orphanQueries.suggestions(orphan.id());
  }

  /** Split dialog: the items of the named consult that are for the dispensed product, each without a part yet. */
  public void prepareSplit(OrphanRow orphan) {
    selected = orphan;
    consultId = orphan.consult();
    loadSplitParts();
  }

  public void loadSplitParts() {
    splitParts = consultId == null || consultId.isBlank() ? null : consultQueries.items(consultId.strip())
        .map(items -> items.stream().filter(i -> i.productCode().equals(selected.product())).map(SplitPart::new)
            .toList())
        .orElse(null);
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
    console.perform(StaffPermission.MATCH, AuditedAction.on("match orphan dispense", "orphan dispense", id)
            .noting("consult " + consult + ", item " + item),
        "Orphan dispense " + id + " matched to consult " + consult + ", item " + item + ", and billed.",
        user -> actions.matchOrphan(id, consult, item, user));
  }

  /** One click on a suggestion: the same audited match as picking its item by hand. */
  public void matchSuggested(MatchSuggestion suggestion) {
    consultId = suggestion.consultId();
    itemId = suggestion.itemId();
    match();
  }

  public void split() {
    long id = selected.id();
    String consult = consultId.strip();
    Map<String, BigDecimal> parts = new LinkedHashMap<>();
    if (splitParts != null) { // else the consult typed in is unknown, and the action says so
      splitParts.stream().filter(SplitPart::isGiven).forEach(p -> parts.put(p.getItem().itemId(), p.getQuantity()));
    }
    String described = parts.entrySet().stream()
        .map(e -> e.getValue().stripTrailingZeros().toPlainString() + " to item " + e.getKey())
        .reduce((a, b) -> a + ", " + b).orElse("nothing");
    console.perform(StaffPermission.MATCH, AuditedAction.on("split orphan dispense", "orphan dispense", id)
            .noting("consult " + consult + ": " + described),
        "Orphan dispense " + id + " split over consult " + consult + " (" + described + ") and billed.",
        user -> actions.splitOrphan(id, consult, parts, user));
  }

  public void allocate() {
    long id = selected.id();
    String patient = patientId.strip();
    String consult = consultId.strip();
    console.perform(StaffPermission.ALLOCATE, AuditedAction.on("allocate temporary patient", "orphan dispense", id)
            .noting("patient " + patient + ", consult " + consult),
        "The temporary patient of orphan dispense " + id + " is patient " + patient + "; its dispenses are billed to"
            + " consult " + consult + ".",
        user -> actions.allocateTemporaryPatient(id, patient, consult, user));
  }

  public void dismiss() {
    long id = selected.id();
    console.perform(StaffPermission.DISMISS,
        AuditedAction.on("dismiss orphan dispense", "orphan dispense", id).noting(reason),
        "Orphan dispense " + id + " is dismissed and will not be billed.",
        user -> actions.dismissOrphan(id, user, reason));
  }

  /** Whether the match dialog should say the consult typed in is unknown. */
  public boolean isConsultUnknown() {
    return consultId != null && !consultId.isBlank() && consultItems == null;
  }

  /** Whether the split dialog should say the consult typed in is unknown. */
  public boolean isSplitConsultUnknown() {
    return consultId != null && !consultId.isBlank() && splitParts == null;
  }

  /** What the parts entered so far add up to, so staff see it reach the dispensed quantity before confirming. */
  public BigDecimal getSplitTotal() {
    return splitParts == null ? BigDecimal.ZERO : splitParts.stream().filter(SplitPart::isGiven)
        .map(SplitPart::getQuantity).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public List<MatchSuggestion> getSuggestions() {
    return suggestions;
  }

  public List<SplitPart> getSplitParts() {
    return splitParts;
  }

  public LazyDataModel<OrphanRow> getOrphans() {
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
