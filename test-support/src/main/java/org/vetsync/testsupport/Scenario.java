package org.vetsync.testsupport;

import java.util.Map;

/**
 * A registered cabinet, a product it stocks, a client, a patient and an open consult, all with identifiers unique to
 * one test, set up through the practice system's messages as a real installation would be.
 */
public final class Scenario {

  public final String cabinet;
  public final String product;
  public final String unstockedProduct;
  public final String client;
  public final String patient;
  public final String consult;

  private Scenario(String suffix) {
    cabinet = "CAB-" + suffix;
    product = "MELOX-" + suffix;
    unstockedProduct = "AMOX-" + suffix;
    client = "CL-" + suffix;
    patient = "PT-" + suffix;
    consult = "C-" + suffix;
  }

  /** Registers a cabinet through the practice system and waits until vetsync knows it. */
  public static void registerCabinet(TestEnvironment env, String cabinetId) {
    try (PracticeClient practice = env.practice()) {
      env.database().awaitEvent(practice.cabinet(cabinetId));
    }
  }

  public static Scenario create(PracticeClient practice, Database db) {
    Scenario s = new Scenario(ContractMessages.newMessageId().substring(0, 8).toUpperCase());
    practice.cabinet(s.cabinet);
    practice.product(s.product, s.cabinet);
    practice.product(s.unstockedProduct);
    practice.client(s.client, "Ann Owner", "ID-" + s.client);
    practice.patient(s.patient, s.client, "Rex");
    String last = practice.consultOpened(s.consult, s.patient);
    Map<String, Object> opened = db.awaitEvent(last);
    if (!"COMPLETE".equals(opened.get("status"))) {
      throw new IllegalStateException("Scenario set-up failed: " + opened);
    }
    return s;
  }
}
