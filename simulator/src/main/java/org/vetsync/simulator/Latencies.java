package org.vetsync.simulator;

import java.util.Arrays;
import java.util.Locale;

/** Round-trip times of one load run, in nanoseconds, summarised as the percentiles a benchmark reports. */
final class Latencies {

  private long[] nanos = new long[1 << 16];
  private int size;

  synchronized void add(long roundTripNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = roundTripNanos;
  }

  synchronized int count() {
    return size;
  }

  /** {@code p50=… p99=… p99.9=… max=…} in milliseconds. */
  synchronized String summary() {
    if (size == 0) {
      return "p50=- p99=- p99.9=- max=-";
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "p50=%.1f p99=%.1f p99.9=%.1f max=%.1f", millis(sorted, 0.5),
        millis(sorted, 0.99), millis(sorted, 0.999), sorted[size - 1] / 1e6);
  }

  // nearest-rank percentile
  private static double millis(long[] sorted, double quantile) {
    int rank = (int) Math.ceil(quantile * sorted.length);
    return sorted[Math.max(rank, 1) - 1] / 1e6;
  }
}
