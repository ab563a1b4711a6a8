package org.vetsync.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.vetsync.testsupport.CabinetClient;
import org.vetsync.testsupport.ContractMessages;
import org.vetsync.testsupport.Database;
import org.vetsync.testsupport.TestEnvironment;

/**
 * A cabinet sending N dispenses of one unit each, for the ward's consults. It behaves as the contract asks: a send the
 * broker did not confirm is sent again with the same messageId, once the broker can be reached. It remembers which
 * events the broker confirmed (a persistent send returned), which is what "nothing lost" is checked against.
 */
final class DispenseLoad {

  record Event(String messageId, String transactionId, String consultId, String body) {}

  private static final Duration GIVE_UP = Duration.ofMinutes(5);

  final Ward ward;
  final String tag;
  final List<Event> events = new ArrayList<>();
  final Set<String> confirmed = ConcurrentHashMap.newKeySet();
  final AtomicInteger sends = new AtomicInteger();
  final AtomicInteger failedSends = new AtomicInteger();
  final AtomicInteger repeats = new AtomicInteger();
  private final TestEnvironment env;
  private volatile int progress;
  private CabinetClient cabinet;

  DispenseLoad(FaultStack stack, Ward ward, String tag, int count) {
    this.env = stack.env;
    this.ward = ward;
    this.tag = tag;
    for (int i = 0; i < count; i++) {
      String messageId = ContractMessages.newMessageId();
      String transactionId = transactionPrefix() + i;
      String consult = ward.consultFor(i);
      events.add(new Event(messageId, transactionId, consult,
          ContractMessages.transaction("DISPENSE", messageId, ward.cabinet(), transactionId, consult,
              ward.scenario.product, 1)));
    }
  }

  String transactionPrefix() {
    return "T-" + tag + "-";
  }

  /**
   * Sends every event in order; every {@code repeatEvery}-th one (0: none) is sent a second time at once, with the
   * same messageId, as a cabinet that missed the acknowledgement would.
   */
  void sendAll(int repeatEvery) {
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      send(event.body(), null);
      confirmed.add(event.messageId());
      if (repeatEvery > 0 && i % repeatEvery == repeatEvery - 1) {
        send(event.body(), null);
        repeats.incrementAndGet();
      }
      progress = i + 1;
    }
    close();
  }

  /** Sends on a thread of its own, so the test can inject a fault while the stream flows. */
  Thread sendInBackground(int repeatEvery) {
    Thread thread = new Thread(() -> sendAll(repeatEvery), "cabinet-" + tag);
    thread.start();
    return thread;
  }

  /** How many of this run's transactions vetsync has recorded so far. */
  long recorded(Database db) {
    return ((Number) db.value("select count(*) from dispense where transaction_id like ?", transactionPrefix() + "%"))
        .longValue();
  }

  int progress() {
    return progress;
  }

  /** Sends one message, resending it until the broker confirms it; the duplicate-detection id is optional. */
  void send(String body, String duplicateId) {
    long deadline = System.nanoTime() + GIVE_UP.toNanos();
    while (true) {
      try {
        if (cabinet == null) {
          cabinet = env.cabinet();
        }
        cabinet.send(body, ward.cabinet(), duplicateId);
        sends.incrementAndGet();
        return;
      } catch (IllegalStateException e) {
        failedSends.incrementAndGet();
        close();
        if (System.nanoTime() > deadline) {
          throw new AssertionError("The broker confirmed no send for " + GIVE_UP.toMinutes() + " minutes", e);
        }
        pause(250);
      }
    }
  }

  private void close() {
    if (cabinet != null) {
      cabinet.close();
      cabinet = null;
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }
}
