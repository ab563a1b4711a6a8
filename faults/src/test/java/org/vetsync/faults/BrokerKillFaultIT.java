package org.vetsync.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vetsync.testsupport.Poll;

/** Test 1: the broker is killed with -9 mid-stream and started again; every event is processed exactly once. */
class BrokerKillFaultIT {

  @Test
  @Tag("fast")
  void brokerKilledTwiceMidStream() {
    run("broker-kill", 1000, 2);
  }

  @Test
  @Tag("long")
  void brokerKilledRepeatedlyAtRandomPoints() {
    run("broker-kill-repeated", 2000, 6);
  }

  private static void run(String name, int count, int kills) {
    FaultStack stack = FaultStack.get();
    Ward ward = Ward.open(stack, 8);
    DispenseLoad load = new DispenseLoad(stack, ward, Tags.unique(name), count);
    // seeded, so a failing run can be repeated with the same kill points (-Dfaults.seed)
    Random random = new Random(Long.getLong("faults.seed", 6L));
    int[] points = IntStream.generate(() -> count / 10 + random.nextInt(count * 8 / 10)).limit(kills).sorted()
        .toArray();
    Thread cabinet = load.sendInBackground(50);
    double slowestRecovery = 0;
    for (int point : points) {
      Poll.until("the cabinet to have sent " + point + " events", Duration.ofMinutes(5),
          () -> load.progress() >= point ? java.util.Optional.of(true) : java.util.Optional.empty());
      stack.broker.kill();
      DispenseLoad.pause(random.nextInt(3000));
      stack.broker.start();
      long restarted = System.nanoTime();
      Poll.until("vetsync to report the broker up again", Duration.ofMinutes(3),
          () -> stack.micro.healthy() ? java.util.Optional.of(true) : java.util.Optional.empty());
      slowestRecovery = Math.max(slowestRecovery, (System.nanoTime() - restarted) / 1e9);
    }
    join(cabinet);
    Outcome outcome = Outcome.await(stack, load, Duration.ofMinutes(4));
    outcome.figures.put("brokerKills", kills);
    outcome.figures.put("slowestRecoverySeconds", Math.round(slowestRecovery * 10) / 10.0);
    String line = outcome.report(name);
    assertTrue(outcome.exactlyOnce(), line);
  }

  static void join(Thread thread) {
    try {
      thread.join(Duration.ofMinutes(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }
}
