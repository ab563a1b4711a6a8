package org.vetsync.simulator;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Ctrl-C asks a running subcommand to finish what it is doing, close its connection and print its last lines. */
final class StopSignal {

  private static final long GRACE_SECONDS = 5;

  private final AtomicBoolean requested = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);

  /** A signal raised by Ctrl-C (or a plain kill) that holds the JVM open until the subcommand has finished. */
  static StopSignal onInterrupt() {
    StopSignal signal = new StopSignal();
    Runtime.getRuntime().addShutdownHook(new Thread(signal::requestAndAwait, "cabinet-simulator-stop"));
    return signal;
  }

  boolean requested() {
    return requested.get();
  }

  /** Called once the subcommand has closed its connection and printed its output. */
  void finished() {
    finished.countDown();
  }

  private void requestAndAwait() {
    requested.set(true);
    try {
      finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
