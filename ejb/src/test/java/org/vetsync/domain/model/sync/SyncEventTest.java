package org.vetsync.domain.model.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SyncEventTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private static SyncEvent pending() {
    return SyncEvent.inbound("m-1", SyncEventType.DISPENSE, "CAB-1", "{}", 1, NOW);
  }

  @Test
  void aNewInboundEventIsPendingUntilCompleted() {
    SyncEvent event = pending();
    assertEquals(SyncEventStatus.PENDING, event.getStatus());
    event.complete(NOW.plusSeconds(1));
    assertEquals(SyncEventStatus.COMPLETE, event.getStatus());
    assertEquals(NOW.plusSeconds(1), event.getUpdatedAt());
  }

  @Test
  void aRejectedEventKeepsItsPayloadAndReason() {
    SyncEvent event =
        SyncEvent.rejectedOnArrival(null, SyncEventType.UNRECOGNISED, null, "not json", 1, "Malformed JSON", NOW);
    assertEquals(SyncEventStatus.REJECTED, event.getStatus());
    assertEquals("not json", event.getPayload());
    assertEquals("Malformed JSON", event.getError());
  }

  @Test
  void aRejectedEventCannotBeCompleted() {
    SyncEvent event = pending();
    event.reject("bad", NOW);
    assertThrows(IllegalStateException.class, () -> event.complete(NOW));
  }

  @Test
  void ignoringNeedsAReasonAndRecordsWho() {
    SyncEvent event = pending();
    event.reject("Unknown cabinet", NOW);
    assertThrows(IllegalArgumentException.class, () -> event.ignore("nurse", "  ", NOW));
    event.ignore("nurse", "test cabinet, decommissioned", NOW);
    assertEquals(SyncEventStatus.IGNORED, event.getStatus());
    assertEquals("nurse", event.getActedBy());
    assertTrue(event.getError().endsWith("Ignored: test cabinet, decommissioned"), event.getError());
  }

  @Test
  void aCompletedEventCannotBeIgnored() {
    SyncEvent event = pending();
    event.complete(NOW);
    assertThrows(IllegalStateException.class, () -> event.ignore("admin", "why not", NOW));
  }

  @Test
  void aVeryLongReasonIsCutToWhatTheColumnHolds() {
    SyncEvent event = pending();
    event.reject("x".repeat(5000), NOW);
    assertEquals(SyncEvent.MAX_ERROR_LENGTH, event.getError().length());
  }
}
