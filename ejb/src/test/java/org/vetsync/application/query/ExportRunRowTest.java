package org.vetsync.application.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportRunRowTest {

  @Test
  void aRunningRunShowsTheShareOfClientsDoneAndAFinishedOneIsFull() {
    assertEquals(0, run(true, 0, 0).percentDone(), "requested, clients not counted yet");
    assertEquals(33, run(true, 1000, 333).percentDone());
    assertEquals(100, run(false, 1000, 1000).percentDone());
    assertEquals(100, run(false, 0, 0).percentDone(), "an export of an empty practice is done, not at 0 %");
  }

  @Test
  void countsByKindLeaveOutWhatTheRunDidNotSend() {
    ExportRunRow run = new ExportRunRow(7, false, "Complete", false, "admin", Instant.EPOCH, Instant.EPOCH,
        Instant.EPOCH, 10, 10, 2, 0, 3, 0, 1, 0, 1, 4, 1, null);
    assertEquals(List.of("2 new clients", "3 new pets", "1 weight change", "1 approved change"), run.sentByKind());
    assertEquals(7, run.changesSent());
  }

  private static ExportRunRow run(boolean active, long total, long done) {
    return new ExportRunRow(1, true, active ? "Running" : "Complete", active, "schedule", Instant.EPOCH, null, null,
        total, done, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
  }
}
