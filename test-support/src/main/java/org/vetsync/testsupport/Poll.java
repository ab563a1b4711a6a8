package org.vetsync.testsupport;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Waits for something the server does asynchronously, up to a bound; the bound is a ceiling, not a measurement. */
public final class Poll {

  private Poll() {}

  public static <T> T until(String what, Duration timeout, Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<T> result = probe.get();
      if (result.isPresent()) {
        return result.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted waiting for " + what, e);
      }
    }
  }
}
