package org.vetsync.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void percentilesAreNearestRankOverEveryRoundTrip() {
    Latencies latencies = new Latencies();
    // added out of order and more than the initial capacity, as answers arrive
    for (int i = 100_000; i >= 1; i--) {
      latencies.add(TimeUnit.MICROSECONDS.toNanos(i * 10L));
    }

    assertEquals(100_000, latencies.count());
    assertEquals("p50=500.0 p99=990.0 p99.9=999.0 max=1000.0", latencies.summary());
  }

  @Test
  void aRunWithoutAnswersSaysSo() {
    assertEquals("p50=- p99=- p99.9=- max=-", new Latencies().summary());
  }
}
