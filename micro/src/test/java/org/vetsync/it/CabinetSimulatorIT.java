package org.vetsync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetsync.testsupport.CabinetClient;
import org.vetsync.testsupport.Database;
import org.vetsync.testsupport.Poll;
import org.vetsync.testsupport.PracticeClient;
import org.vetsync.testsupport.Scenario;
import org.vetsync.testsupport.TestEnvironment;

/**
 * The cabinet simulator, as a separate process, plays the cabinet: it acknowledges vetsync's commands and dispenses
 * what was scheduled; vetsync bills it, once, and every command ends Complete.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CabinetSimulatorIT {

  private final TestEnvironment env = TestEnvironment.get();
  private final Database db = env.database();
  private Scenario s;

  @Test
  void theSimulatorDispensesWhatWasScheduledAndVetsyncBillsItOnce() throws Exception {
    try (PracticeClient practice = env.practice()) {
      s = Scenario.create(practice, db);
      try (CabinetClient account = env.cabinet()) {
        account.ready(s.cabinet);
      }
      Process cabinet = simulator(s.cabinet, "dispense-scheduled", "--seconds", "25");
      try {
        Thread.sleep(3_000); // the simulator's consumer is up before anything is scheduled
        db.awaitEvent(practice.itemAdded(s.consult, "I1", s.product, 2));
        db.awaitEvent(practice.itemAdded(s.consult, "I2", s.product, 1));
        Poll.until("both items dispensed", Duration.ofSeconds(30), () -> "DISPENSED".equals(status("I1"))
            && "DISPENSED".equals(status("I2")) ? Optional.of(true) : Optional.empty());
      } finally {
        assertTrue(cabinet.waitFor(40, TimeUnit.SECONDS), "the simulator stops on its own");
      }
      String output = Files.readString(log(s.cabinet), StandardCharsets.UTF_8);
      assertEquals(0, cabinet.exitValue(), output);
      assertTrue(output.contains("received SYNC_CONSULT"), output);
    }
    Object billed = db.value("select sum(l.quantity) from invoice_line l join consult c on c.id = l.consult_id"
        + " where c.pims_id = ?", s.consult);
    assertEquals(0, new BigDecimal("3").compareTo(new BigDecimal(billed.toString())));
    List<Object> open = db.query("select status from sync_event where consult_ref = ? and direction = 'OUTBOUND'"
        + " and status <> 'COMPLETE'", s.consult).stream().map(r -> r.get("status")).toList();
    assertEquals(List.of(), open, "every command was acknowledged by the simulator");
  }

  private String status(String itemId) {
    return (String) db.value("select i.status from consult_item i join consult c on c.id = i.consult_id"
        + " where c.pims_id = ? and i.pims_id = ?", s.consult, itemId);
  }

  private Process simulator(String cabinetId, String... command) throws IOException {
    List<String> args = new ArrayList<>(List.of("java", "-jar", System.getProperty("vetsync.it.simulator"),
        "--url", env.property("broker.url"), "--cabinet", cabinetId));
    args.addAll(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true)
        .redirectOutput(log(cabinetId).toFile());
    builder.environment().put("VETSYNC_CABINET_PASSWORD", env.property("broker.cabinet.password"));
    return builder.start();
  }

  private static Path log(String cabinetId) {
    return Path.of("target", "simulator-" + cabinetId + ".log");
  }
}
