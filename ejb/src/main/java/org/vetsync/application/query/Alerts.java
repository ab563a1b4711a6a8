package org.vetsync.application.query;

import java.util.List;

/**
 * What needs staff's attention now, with the thresholds that decided it (Settings ALERT_*).
 *
 * @param waitingEvents events Pending or Processing for longer than {@code waitingMinutes}, counted up to
 *     {@link DashboardQueries#COUNT_CAP}
 * @param unallocatedPatients temporary patients waiting for allocation for longer than {@code unallocatedHours}
 * @param nearExpiry consults that expire within {@code expiryHours} with planned items not dispensed, soonest first
 */
public record Alerts(
    int waitingMinutes,
    long waitingEvents,
    int unallocatedHours,
    long unallocatedPatients,
    int expiryHours,
    List<NearExpiry> nearExpiry) {

  public boolean any() {
    return waitingEvents > 0 || unallocatedPatients > 0 || !nearExpiry.isEmpty();
  }
}
