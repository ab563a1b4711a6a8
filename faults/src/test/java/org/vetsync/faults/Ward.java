package org.vetsync.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vetsync.testsupport.Database;
import org.vetsync.testsupport.PracticeClient;
import org.vetsync.testsupport.Scenario;

/**
 * A cabinet and a few open consults, each planning far more of one cabinet-stocked product than a run dispenses, so
 * every dispense a run sends matches a consult item and is billed: set up through the practice system's messages.
 */
final class Ward {

  static final int PLANNED_PER_CONSULT = 100_000;

  final Scenario scenario;
  final List<String> consults = new ArrayList<>();

  private Ward(Scenario scenario) {
    this.scenario = scenario;
  }

  static Ward open(FaultStack stack, int consultCount) {
    Database db = stack.db;
    try (PracticeClient practice = stack.env.practice()) {
      Ward ward = new Ward(Scenario.create(practice, db));
      for (int i = 1; i <= consultCount; i++) {
        String consult = ward.scenario.consult + "-" + i;
        requireComplete(db, practice.consultOpened(consult, ward.scenario.patient));
        requireComplete(db, practice.itemAdded(consult, consult + "-ITEM", ward.scenario.product, PLANNED_PER_CONSULT));
        ward.consults.add(consult);
      }
      return ward;
    }
  }

  String cabinet() {
    return scenario.cabinet;
  }

  /** Round robin, so that the consults' row locks are taken by several deliveries at once. */
  String consultFor(int event) {
    return consults.get(event % consults.size());
  }

  private static void requireComplete(Database db, String messageId) {
    Map<String, Object> event = db.awaitEvent(messageId);
    if (!"COMPLETE".equals(event.get("status"))) {
      throw new IllegalStateException("Ward set-up failed: " + event);
    }
  }
}
