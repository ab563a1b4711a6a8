package org.vetsync.simulator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The consults vetsync has synced to this cabinet and their scheduled items, kept from the commands received. */
final class Schedule {

  private final Map<String, Consult> consults = new LinkedHashMap<>();

  /** SYNC_CONSULT: the cabinet now holds the consult. A repeat keeps the items already scheduled. */
  void syncConsult(String consultId, String patientId) {
    consults.computeIfAbsent(consultId, id -> new Consult()).patientId = patientId;
  }

  /** PATIENT_UPDATE: new details for the patient of a consult the cabinet holds; others are none of its business. */
  void updatePatient(String consultId, String patientId) {
    Consult consult = consults.get(consultId);
    if (consult != null && patientId != null) {
      consult.patientId = patientId;
    }
  }

  /** SYNC_PROFILE or UNSYNC_PROFILE: the item's planned total is now {@code item.planned()}; zero withdraws it. */
  void plan(String consultId, String itemId, ScheduledItem item) {
    Consult consult = consults.computeIfAbsent(consultId, id -> new Consult());
    if (item.planned().signum() == 0) {
      consult.items.remove(itemId);
    } else {
      consult.items.merge(itemId, item, (held, newer) -> held.replanned(newer));
    }
  }

  /** UNSYNC_CONSULT: the consult and all its items leave the cabinet. */
  void dropConsult(String consultId) {
    consults.remove(consultId);
  }

  void recordDispensed(String consultId, String itemId, BigDecimal quantity) {
    Consult consult = consults.get(consultId);
    if (consult != null) {
      consult.items.computeIfPresent(itemId, (id, item) -> item.afterDispensing(quantity));
    }
  }

  boolean holds(String consultId) {
    return consults.containsKey(consultId);
  }

  Optional<String> patientOf(String consultId) {
    return Optional.ofNullable(consults.get(consultId)).map(consult -> consult.patientId);
  }

  Optional<ScheduledItem> item(String consultId, String itemId) {
    return Optional.ofNullable(consults.get(consultId)).map(consult -> consult.items.get(itemId));
  }

  private static final class Consult {
    private String patientId;
    private final Map<String, ScheduledItem> items = new LinkedHashMap<>();
  }
}
