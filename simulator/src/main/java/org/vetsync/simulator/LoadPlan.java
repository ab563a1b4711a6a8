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
 * round-robin over the consults, each its own transaction. With a {@code window}, it also waits for vetsync's
 * acknowledgements, never more than {@code window} unanswered, and reports the end-to-end latency; then the rate may
 * be {@link #FULL_SPEED}: as fast as vetsync answers.
 *
 * @param rate messages per second, 1 to {@link #MAX_RATE}, or {@link #FULL_SPEED}
 * @param count messages in all, 1 to {@link #MAX_COUNT}
 * @param seconds stop sending after this long, if {@code count} was not reached first; 0: no limit
 * @param window at most this many events unanswered; 0: do not wait for answers
 * @param consults the consults dispensed for
 * @param product what is dispensed
 * @param quantity how much per dispense
 * @param nurse who dispenses
 */
record LoadPlan(long rate, long count, long seconds, int window, List<String> consults, ProductReference product,
    BigDecimal quantity, String nurse) {

  static final long MAX_RATE = 5_000;
  static final long FULL_SPEED = 0;
  static final long MAX_WINDOW = 10_000;
  static final long MAX_COUNT = 1_000_000;
  /** A benchmark run ends within the hour, whatever the arguments. */
  static final long MAX_SECONDS = 3_600;

  private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);
  private static final Duration CONFIRMATION_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(120);

  static LoadPlan from(Arguments arguments) {
    int window = arguments.count("window", MAX_WINDOW).orElse(0L).intValue();
    boolean fullSpeed = arguments.option("rate").filter("max"::equals).isPresent();
    if (fullSpeed && window == 0) {
      throw new UsageException("--rate max needs --window");
    }
    long rate = fullSpeed ? FULL_SPEED
        : arguments.count("rate", MAX_RATE).orElseThrow(() -> new UsageException("load needs --rate"));
    long count = arguments.count("count", MAX_COUNT).orElseThrow(() -> new UsageException("load needs --count"));
    long seconds = arguments.count("seconds", MAX_SECONDS).orElse(0L);
    if (seconds == 0 && (fullSpeed || count / rate > MAX_SECONDS)) {
      throw new UsageException("--count " + count + " at --rate " + (fullSpeed ? "max" : rate)
          + " could take longer than " + MAX_SECONDS + " s: give --seconds");
    }
    List<String> consults = Arrays.stream(arguments.required("consults").split(","))
        .map(String::strip)
        .filter(consult -> !consult.isEmpty())
        .toList();
    if (consults.isEmpty()) {
      throw new UsageException("--consults needs at least one consult id");
    }
    BigDecimal quantity = arguments.option("quantity").isPresent() ? arguments.quantity() : BigDecimal.ONE;
    return new LoadPlan(rate, count, seconds, window, consults, ProductReference.from(arguments), quantity,
        CabinetTransaction.nurse(arguments));
  }

  /**
   * Sends the stream, printing progress once a second rather than a line per message, and a summary once the broker
   * has stored every message (and, with a window, once vetsync has answered every one).
   */
  void run(Scenario.Cabinet cabinet) {
    // Transaction ids that say which run and which message they belong to, unique across runs.
    String run = "LOAD-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    Acknowledgements answers = window > 0 ? new Acknowledgements(window) : null;
    if (answers != null) {
      cabinet.connection().onAcknowledgements(answers::answered);
    }
    long start = System.nanoTime();
    long end = seconds > 0 ? start + TimeUnit.SECONDS.toNanos(seconds) : Long.MAX_VALUE;
    long nextProgress = start + NANOS_PER_SECOND;
    long sent = 0;
    while (sent < count && !cabinet.stop().requested() && System.nanoTime() - end < 0) {
      long due = rate == FULL_SPEED ? System.nanoTime() : start + sent * NANOS_PER_SECOND / rate;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      if (answers != null && !answers.admit(cabinet.stop())) {
        break;
      }
      String consult = consults.get((int) (sent % consults.size()));
      OutgoingMessage dispense = cabinet.messages().transaction(
          new CabinetTransaction("DISPENSE", run + (sent + 1), consult, null, product, quantity, nurse));
      if (answers != null) {
        // a fixed-rate run counts from when the event was due, so a stall is not hidden by sending later
        answers.expect(dispense.messageId(), rate == FULL_SPEED ? System.nanoTime() : due);
      }
      cabinet.connection().sendPipelined(dispense);
      sent++;
      long now = System.nanoTime();
      if (now >= nextProgress) {
        cabinet.transcript().note("load: sent " + sent + " of " + count + (answers == null ? ""
            : ", answered " + answers.answeredCount()) + " in " + seconds(now - start) + " s");
        nextProgress = now + NANOS_PER_SECOND;
      }
    }
    cabinet.connection().awaitPipelined(CONFIRMATION_TIMEOUT);
    long elapsed = System.nanoTime() - start;
    cabinet.transcript().note(String.format(Locale.ROOT, "load: sent %d DISPENSE in %s s (%.1f per second)%s", sent,
        seconds(elapsed), sent * (double) NANOS_PER_SECOND / Math.max(elapsed, 1),
        sent == count ? "" : cabinet.stop().requested() ? ", stopped early" : ", --seconds reached"));
    if (answers != null) {
      answers.awaitAll(ANSWER_TIMEOUT, cabinet.stop());
      cabinet.transcript().note(answers.summary(sent, start));
    }
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / (double) NANOS_PER_SECOND);
  }
}
