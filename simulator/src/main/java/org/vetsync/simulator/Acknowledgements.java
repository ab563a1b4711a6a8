package org.vetsync.simulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * vetsync's answers to a load run's events: each ACKNOWLEDGEMENT means the event, its invoice line and the answer
 * committed together, so the time from sending to the answer is the end-to-end latency. At most {@code window}
 * events travel unanswered, which is what limits a full-speed run.
 */
final class Acknowledgements {

  private final Semaphore window;
  private final Map<String, Long> unanswered = new ConcurrentHashMap<>();
  private final Latencies latencies = new Latencies();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong unexpected = new AtomicLong();
  private volatile long lastAnswer;

  Acknowledgements(int window) {
    this.window = new Semaphore(window);
  }

  /** Waits for room in the window; false if {@code stop} was raised meanwhile. */
  boolean admit(StopSignal stop) {
    try {
      while (!window.tryAcquire(250, TimeUnit.MILLISECONDS)) {
        if (stop.requested()) {
          return false;
        }
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The event {@code messageId} counts as sent at {@code nanoTime} (its scheduled time in a fixed-rate run). */
  void expect(String messageId, long nanoTime) {
    unanswered.put(messageId, nanoTime);
  }

  /** Called on the connection's thread for each acknowledgement addressed to this cabinet. */
  void answered(String inReplyTo, boolean accepted) {
    long now = System.nanoTime();
    Long sentAt = inReplyTo == null ? null : unanswered.remove(inReplyTo);
    if (sentAt == null) {
      unexpected.incrementAndGet();
      return;
    }
    latencies.add(now - sentAt);
    if (!accepted) {
      refused.incrementAndGet();
    }
    lastAnswer = now;
    window.release();
  }

  /** Waits until every event sent has its answer, or the timeout passed. */
  void awaitAll(Duration timeout, StopSignal stop) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!unanswered.isEmpty() && System.nanoTime() < deadline && !stop.requested()) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  int answeredCount() {
    return latencies.count();
  }

  /** One line: how many were answered, how fast since {@code start}, how many refused, and the latencies. */
  String summary(long sent, long start) {
    int answered = latencies.count();
    long elapsed = Math.max(lastAnswer - start, 1);
    return String.format(Locale.ROOT,
        "load: answered %d of %d in %.3f s (%.1f per second), %d refused, %d unanswered, %d unexpected; latency ms %s",
        answered, sent, elapsed / 1e9, answered * 1e9 / elapsed, refused.get(), unanswered.size(), unexpected.get(),
        latencies.summary());
  }
}
