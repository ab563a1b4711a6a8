package org.vetsync.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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
    long databaseBranchesAtKill = 0;
    long brokerBranchesAtKill = 0;
    long halfCommittedAtKill = 0;
    double slowestRestart = 0;
    for (int k = 1; k <= kills; k++) {
      int point = count * k / (kills + 1);
      Poll.until(point + " events to be recorded", Duration.ofMinutes(5), () ->
          load.recorded(stack.db) >= point ? Optional.of(true) : Optional.empty());
      stack.micro.kill();
      databaseBranchesAtKill += stack.preparedDatabaseTransactions();
      brokerBranchesAtKill += stack.management.preparedTransactions();
      halfCommittedAtKill += halfCommitted(stack);
      slowestRestart = Math.max(slowestRestart, stack.micro.start());
    }
    BrokerKillFaultIT.join(cabinet);
    Outcome outcome = Outcome.await(stack, load, Duration.ofMinutes(4));
    outcome.figures.put("serverKills", kills);
    outcome.figures.put("preparedBranchesLeftByKills", databaseBranchesAtKill + brokerBranchesAtKill);
    outcome.figures.put("preparedPostgresqlBranchesLeftByKills", databaseBranchesAtKill);
    outcome.figures.put("preparedBrokerBranchesLeftByKills", brokerBranchesAtKill);
    outcome.figures.put("transactionsKilledBetweenTheBrokerAndTheDatabaseCommit", halfCommittedAtKill);
    outcome.figures.put("slowestRestartSeconds", Math.round(slowestRestart * 10) / 10.0);
    String line = outcome.report(name);
    assertTrue(outcome.exactlyOnce(), line);
  }

  /**
   * Transactions the kill caught half-committed: the database branch still prepared while the delivery it recorded is
   * no longer (the transaction manager commits the broker's branches first). Recovery must commit the database branch
   * from its log: rolling it back would lose an event the broker has already let go of.
   */
  private static long halfCommitted(FaultStack stack) {
    List<byte[]> deliveries = stack.management.preparedConsumingBranches();
    return stack.preparedDatabaseGlobalIds().stream()
        .filter(global -> deliveries.stream().noneMatch(xid -> contains(xid, global)))
        .count();
  }

  private static boolean contains(byte[] xid, byte[] globalId) {
    for (int i = 0; i + globalId.length <= xid.length; i++) {
      if (Arrays.equals(xid, i, i + globalId.length, globalId, 0, globalId.length)) {
        return true;
      }
    }
    return false;
  }
}
