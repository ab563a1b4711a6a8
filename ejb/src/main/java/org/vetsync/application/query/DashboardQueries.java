package org.vetsync.application.query;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vetsync.domain.model.orphan.OrphanReason;
import org.vetsync.infrastructure.config.Setting;

/** The console's alerts and the backlog chart: small aggregate queries, each answered from an index. */
@Stateless
public class DashboardQueries {

  /** Counts in alerts stop here: "1000 or more" is all staff need to know. */
  public static final int COUNT_CAP = 1000;

  /** Near-expiry consults listed in the alert. */
  static final int NEAR_EXPIRY_LISTED = 20;

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  @Inject private Clock clock;

  public Alerts alerts() {
    Instant now = clock.instant();
    int waitingMinutes = Setting.ALERT_WAITING_MINUTES.intValue();
    int unallocatedHours = Setting.ALERT_UNALLOCATED_HOURS.intValue();
    int expiryHours = Setting.ALERT_EXPIRY_HOURS.intValue();
    return new Alerts(
        waitingMinutes,
        waitingSince(now.minus(Duration.ofMinutes(waitingMinutes))),
        unallocatedHours,
        unallocatedSince(now.minus(Duration.ofHours(unallocatedHours))),
        expiryHours,
        nearExpiry(now, now.plus(Duration.ofHours(expiryHours))));
  }

  public Backlog backlog() {
    Map<String, Long> orphans = new LinkedHashMap<>();
    Map<OrphanReason, Long> counts = new EnumMap<>(OrphanReason.class);
    em.createQuery("select o.reason, count(o) from OrphanDispense o"
            + " where o.status = org.vetsync.domain.model.orphan.OrphanDispense.Status.OPEN group by o.reason",
            Object[].class)
        .getResultList()
        .forEach(r -> counts.put((OrphanReason) r[0], ((Number) r[1]).longValue()));
    for (OrphanReason reason : OrphanReason.values()) {
      orphans.put(reason.label(), counts.getOrDefault(reason, 0L));
    }
    return new Backlog(orphans, unallocatedSince(clock.instant()));
  }

  /** Events still Pending, or Processing (a command awaiting its acknowledgement), last changed before the cutoff. */
  private long waitingSince(Instant cutoff) {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM sync_event"
                + " WHERE status IN ('PENDING', 'PROCESSING') AND updated_at < ?1 FETCH FIRST " + COUNT_CAP
                + " ROWS ONLY) waiting")
            .setParameter(1, cutoff.atOffset(ZoneOffset.UTC))
            .getSingleResult())
        .longValue();
  }

  /**
   * Temporary patients with a dispense waiting since before the cutoff: allocating a temporary patient resolves all
   * its open orphans, so each open temporary-patient orphan names one that is still unallocated.
   */
  private long unallocatedSince(Instant cutoff) {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT DISTINCT d.cabinet_code, d.patient_ref"
                + " FROM orphan_dispense o JOIN dispense d ON d.id = o.dispense_id"
                + " WHERE o.status = 'OPEN' AND o.reason = 'TEMPORARY_PATIENT' AND o.created_at <= ?1) waiting")
            .setParameter(1, cutoff.atOffset(ZoneOffset.UTC))
            .getSingleResult())
        .longValue();
  }

  /** Cabinet copies expiring in (now, until] with items of products that cabinet stocks still short of the plan. */
  private List<NearExpiry> nearExpiry(Instant now, Instant until) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("SELECT c.pims_id, p.pims_id, s.cabinet_code, s.expires_at,"
                + " COUNT(i.id) FROM consult_cabinet s JOIN consult c ON c.id = s.consult_id"
                + " JOIN patient p ON p.id = c.patient_id JOIN consult_item i ON i.consult_id = c.id"
                + " JOIN cabinet_stock st ON st.product_id = i.product_id AND st.cabinet_code = s.cabinet_code"
                + " WHERE s.unsynced_at IS NULL AND s.expires_at > ?1 AND s.expires_at <= ?2"
                + " AND i.status <> 'REMOVED' AND i.dispensed_quantity < i.planned_quantity"
                + " GROUP BY c.pims_id, p.pims_id, s.cabinet_code, s.expires_at"
                + " ORDER BY s.expires_at, c.pims_id FETCH FIRST " + NEAR_EXPIRY_LISTED + " ROWS ONLY")
        .setParameter(1, now.atOffset(ZoneOffset.UTC))
        .setParameter(2, until.atOffset(ZoneOffset.UTC))
        .getResultList();
    return rows.stream()
        .map(r -> new NearExpiry((String) r[0], (String) r[1], (String) r[2], Timestamps.instant(r[3]),
            ((Number) r[4]).longValue()))
        .toList();
  }
}
