package org.vetsync.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A steady stream of DISPENSE messages for benchmarks: {@code count} messages at about {@code rate} per second,
 * round-robin over the consults, each its own transaction.
 *
 * @param rate messages per second, 1 to {@link #MAX_RATE}
 * @param count messages in all, 1 to {@link #MAX_COUNT}
 * @param consults the consults dispensed for
 * @param product what is dispensed
 * @param quantity how much per dispense
 * @param nurse who dispenses
 */
record LoadPlan(long rate, long count, List<String> consults, ProductReference product, BigDecimal quantity,
    String nurse) {

  static final long MAX_RATE = 5_000;
  static final long MAX_COUNT = 1_000_000;
  /** A benchmark run ends within the hour, whatever the arguments. */
  static final long MAX_SECONDS = 3_600;

  private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);
  private static final Duration CONFIRMATION_TIMEOUT = Duration.ofSeconds(60);

  static LoadPlan from(Arguments arguments) {
    long rate = arguments.count("rate", MAX_RATE).orElseThrow(() -> new UsageException("load needs --rate"));
    long count = arguments.count("count", MAX_COUNT).orElseThrow(() -> new UsageException("load needs --count"));
    if (count / rate > MAX_SECONDS) {
      throw new UsageException("--count " + count + " at --rate " + rate + " would take longer than " + MAX_SECONDS
          + " s");
    }
    List<String> consults = Arrays.stream(arguments.required("consults").split(","))
        .map(String::strip)
        .filter(consult -> !consult.isEmpty())
        .toList();
    if (consults.isEmpty()) {
      throw new UsageException("--consults needs at least one consult id");
    }
    BigDecimal quantity = arguments.option("quantity").isPresent() ? arguments.quantity() : BigDecimal.ONE;
    return new LoadPlan(rate, count, consults, ProductReference.from(arguments), quantity,
        CabinetTransaction.nurse(arguments));
  }

  /**
   * Sends the stream, printing progress once a second rather than a line per message, and a summary once the broker
   * has stored every message.
   */
  void run(Scenario.Cabinet cabinet) {
    // Transaction ids that say which run and which message they belong to, unique across runs.
    String run = "LOAD-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    long start = System.nanoTime();
    long nextProgress = start + NANOS_PER_SECOND;
    long sent = 0;
    while (sent < count && !cabinet.stop().requested()) {
      long wait = start + sent * NANOS_PER_SECOND / rate - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      String consult = consults.get((int) (sent % consults.size()));
      cabinet.connection().sendPipelined(cabinet.messages().transaction(
          new CabinetTransaction("DISPENSE", run + (sent + 1), consult, null, product, quantity, nurse)));
      sent++;
      long now = System.nanoTime();
      if (now >= nextProgress) {
        cabinet.transcript().note("load: sent " + sent + " of " + count + " in " + seconds(now - start) + " s");
        nextProgress = now + NANOS_PER_SECOND;
      }
    }
    cabinet.connection().awaitPipelined(CONFIRMATION_TIMEOUT);
    long elapsed = System.nanoTime() - start;
    cabinet.transcript().note(String.format(Locale.ROOT, "load: sent %d DISPENSE in %s s (%.1f per second)%s", sent,
        seconds(elapsed), sent * (double) NANOS_PER_SECOND / Math.max(elapsed, 1),
        sent < count ? ", stopped early" : ""));
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / (double) NANOS_PER_SECOND);
  }
}
