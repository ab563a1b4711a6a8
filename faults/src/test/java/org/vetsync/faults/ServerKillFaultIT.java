package org.vetsync.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vetsync.testsupport.Poll;

/**
 * Test 2: Payara Micro is killed with -9 while it works through a backlog, possibly between preparing and committing
 * the XA branches; after a restart the transaction manager's recovery resolves what was prepared, and every event is
 * processed exactly once.
 */
class ServerKillFaultIT {

  @Test
  @Tag("fast")
  void serverKilledOnceMidStream() {
    run("server-kill", 1000, 1);
  }

  @Test
  @Tag("long")
  void serverKilledThreeTimesMidStream() {
    run("server-kill-repeated", 2000, 3);
  }

  private static void run(String name, int count, int kills) {
    FaultStack stack = FaultStack.get();
    Ward ward = Ward.open(stack, 8);
    DispenseLoad load = new DispenseLoad(stack, ward, Tags.unique(name), count);
    Thread cabinet = load.sendInBackground(50);
    long preparedAtKill = 0;
    double slowestRestart = 0;
    for (int k = 1; k <= kills; k++) {
      int point = count * k / (kills + 1);
      Poll.until(point + " events to be recorded", Duration.ofMinutes(5), () ->
          load.recorded(stack.db) >= point ? Optional.of(true) : Optional.empty());
      stack.micro.kill();
      preparedAtKill += stack.preparedDatabaseTransactions() + stack.management.preparedTransactions();
      slowestRestart = Math.max(slowestRestart, stack.micro.start());
    }
    BrokerKillFaultIT.join(cabinet);
    Outcome outcome = Outcome.await(stack, load, Duration.ofMinutes(4));
    outcome.figures.put("serverKills", kills);
    outcome.figures.put("preparedBranchesLeftByKills", preparedAtKill);
    outcome.figures.put("slowestRestartSeconds", Math.round(slowestRestart * 10) / 10.0);
    String line = outcome.report(name);
    assertTrue(outcome.exactlyOnce(), line);
  }
}
