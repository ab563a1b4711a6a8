package org.vetsync.application.query;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vetsync.domain.model.billing.InvoiceLine;
import org.vetsync.domain.model.consult.CabinetSync;
import org.vetsync.domain.model.consult.Consult;
import org.vetsync.domain.model.consult.ConsultItem;
import org.vetsync.domain.model.dispense.Dispense;
import org.vetsync.domain.model.orphan.OrphanDispense;
import org.vetsync.domain.model.patient.Patient;
import org.vetsync.domain.model.sync.Direction;
import org.vetsync.domain.model.sync.SyncEvent;
import org.vetsync.domain.model.sync.SyncEventType;

/** Read side of the consult timeline, and of the items staff choose from when they match an orphan. */
@Stateless
public class ConsultQueries {

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  /** The consult's items in the order they were planned; empty when there is no such consult. */
  public Optional<List<ConsultItemRow>> items(String consultId) {
    return consult(consultId).map(ConsultQueries::items);
  }

  /**
   * The consult, its items, and in time order every sync event naming it, every dispense for it (including orphans
   * that named it or were matched to it) and every invoice line billed to it.
   */
  public ConsultTimeline timeline(String consultId) {
    Optional<Consult> consult = consult(consultId);
    List<TimelineEntry> entries = new ArrayList<>(events(consultId));
    entries.addAll(dispenses(consultId));
    entries.addAll(invoiceLines(consultId));
    entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::kind));
    return new ConsultTimeline(
        consultId,
        consult.map(ConsultQueries::summary).orElse(null),
        consult.map(ConsultQueries::items).orElse(List.of()),
        entries);
  }

  private Optional<Consult> consult(String consultId) {
    return em.createQuery("select c from Consult c where c.pimsId = :id", Consult.class)
        .setParameter("id", consultId)
        .getResultStream()
        .findFirst();
  }

  private static List<ConsultItemRow> items(Consult consult) {
    return consult.getItems().stream().map(ConsultItemRow::of).toList();
  }

  private static ConsultSummary summary(Consult c) {
    Patient p = c.getPatient();
    return new ConsultSummary(
        c.getPimsId(),
        p.getPimsId(),
        p.getName(),
        p.getSpecies(),
        p.getBreed(),
        p.getClient() == null ? null : p.getClient().getName(),
        c.getVet(),
        c.getOpenedAt(),
        c.getClosedAt(),
        c.getCabinets().stream()
            .sorted(Comparator.comparing(CabinetSync::cabinetCode))
            .map(s -> new CabinetHolding(s.cabinetCode(), s.syncedAt(), s.expiresAt(), s.unsyncedAt()))
            .toList());
  }

  /** Events naming the consult, and the events of orphan dispenses that staff matched to it afterwards. */
  /**
   * The consult's events: those naming it, and those whose dispense was matched to one of its items. Two indexed
   * queries merged here: one query with an OR across them read every sync event, and the timeline page took 360 ms
   * over a million events (docs/BENCHMARKS-dashboard.md).
   */
  private List<TimelineEntry> events(String consultId) {
    List<SyncEvent> naming = em.createQuery("select e from SyncEvent e where e.consultRef = :consult", SyncEvent.class)
        .setParameter("consult", consultId)
        .getResultList();
    List<SyncEvent> matched = em.createQuery(
            "select e from SyncEvent e where e.id in (select d.syncEventId from Dispense d join d.consultItem i"
                + " join i.consult c where c.pimsId = :consult)",
            SyncEvent.class)
        .setParameter("consult", consultId)
        .getResultList();
    return merged(naming, matched, SyncEvent::getId,
            Comparator.comparing(SyncEvent::getReceivedAt).thenComparing(SyncEvent::getId))
        .stream()
        .map(e -> new TimelineEntry(
            e.getReceivedAt(),
            TimelineEntry.Kind.SYNC_EVENT,
            "#" + e.getId(),
            describe(e),
            e.getStatus().label(),
            join(e.getError(), e.getActedBy() == null ? null : "last acted on by " + e.getActedBy()),
            e.getId()))
        .toList();
  }

  private static String describe(SyncEvent e) {
    String type = e.getType().label();
    if (e.getDirection() == Direction.OUTBOUND) {
      return "Sent " + type + " to cabinet " + e.getCabinetCode();
    }
    String from = e.getCabinetCode() == null ? "the practice system" : "cabinet " + e.getCabinetCode();
    String attempts = e.getAttempts() > 1 ? " (attempt " + e.getAttempts() + ")" : "";
    return (e.getType() == SyncEventType.UNRECOGNISED ? "Received an unrecognised message" : "Received " + type)
        + " from " + from + attempts;
  }

  private List<TimelineEntry> dispenses(String consultId) {
    List<Dispense> dispenses = merged(
        em.createQuery("select d from Dispense d where d.consultRef = :consult", Dispense.class)
            .setParameter("consult", consultId)
            .getResultList(),
        em.createQuery("select d from Dispense d join d.consultItem i join i.consult c where c.pimsId = :consult",
                Dispense.class)
            .setParameter("consult", consultId)
            .getResultList(),
        Dispense::getId, Comparator.comparing(Dispense::getDispensedAt).thenComparing(Dispense::getId));
    Map<Long, OrphanDispense> orphans = dispenses.isEmpty() ? Map.of() : em.createQuery(
            "select o from OrphanDispense o where o.dispense in :dispenses", OrphanDispense.class)
        .setParameter("dispenses", dispenses)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(o -> o.getDispense().getId(), Function.identity()));
    return dispenses.stream().map(d -> dispense(d, orphans.get(d.getId()))).toList();
  }

  /** Both lists, each entity once, in timeline order. */
  private static <T> List<T> merged(List<T> first, List<T> second, Function<T, Long> id, Comparator<T> order) {
    Map<Long, T> byId = new LinkedHashMap<>();
    first.forEach(e -> byId.put(id.apply(e), e));
    second.forEach(e -> byId.putIfAbsent(id.apply(e), e));
    return byId.values().stream().sorted(order).toList();
  }

  private static TimelineEntry dispense(Dispense d, OrphanDispense orphan) {
    String what = switch (d.getKind()) {
      case REMOVE -> "Dispensed ";
      case RETURN -> "Returned ";
      case WASTE -> "Wasted ";
    };
    String product = d.getProduct() == null ? d.getProductRef() : d.getProduct().getCode();
    String unit = d.getProduct() == null ? "" : " " + d.getProduct().getUnit();
    String summary = what + plain(d.getQuantity()) + unit + " " + product + " at cabinet " + d.getCabinetCode()
        + (d.getDispensedBy() == null ? "" : " by " + d.getDispensedBy());
    ConsultItem item = d.getConsultItem();
    String toItem = item == null ? null : "item " + item.getPimsId();
    String status;
    String detail;
    if (orphan == null) {
      status = "Recorded";
      detail = toItem;
    } else if (orphan.isOpen()) {
      status = "Orphan";
      detail = orphan.getReason().label() + ": " + orphan.getDetail();
    } else {
      status = orphan.getStatus() == OrphanDispense.Status.MATCHED ? "Matched" : "Dismissed";
      detail = join(toItem, orphan.getResolution() + " (by " + orphan.getResolvedBy() + ")");
    }
    return new TimelineEntry(d.getDispensedAt(), TimelineEntry.Kind.DISPENSE, d.getTransactionId(), summary, status,
        detail, d.getSyncEventId());
  }

  private List<TimelineEntry> invoiceLines(String consultId) {
    return em.createQuery(
            "select l, l.createdAt from InvoiceLine l where l.consult.pimsId = :consult order by l.id", Object[].class)
        .setParameter("consult", consultId)
        .getResultList()
        .stream()
        .map(row -> invoiceLine((InvoiceLine) row[0], (Instant) row[1]))
        .toList();
  }

  private static TimelineEntry invoiceLine(InvoiceLine line, Instant createdAt) {
    boolean credit = line.getQuantity().signum() < 0;
    BigDecimal amount = line.getQuantity().abs().multiply(line.getUnitPrice()).setScale(2, RoundingMode.HALF_UP);
    String summary = (credit ? "Credited " : "Charged ") + plain(line.getQuantity().abs()) + " × "
        + line.getProduct().getName() + " (" + line.getProduct().getCode() + ") at "
        + line.getUnitPrice().toPlainString() + " = " + amount.toPlainString();
    Dispense source = line.getSourceDispense();
    return new TimelineEntry(createdAt, TimelineEntry.Kind.INVOICE_LINE, "line " + line.getId(), summary,
        credit ? "Credit" : "Charge", "for cabinet transaction " + source.getTransactionId(), source.getSyncEventId());
  }

  private static String plain(BigDecimal quantity) {
    return quantity.stripTrailingZeros().toPlainString();
  }

  private static String join(String first, String second) {
    if (first == null) {
      return second;
    }
    return second == null ? first : first + "; " + second;
  }
}
