package org.vetsync.domain.model.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FailureCauseTest {

  @Test
  void theSameRefusalFromOtherCabinetsForOtherItemsIsOneCause() {
    String first = FailureCause.of("Cabinet CAB-1 refused: Item IC-MELOX-7 is out of stock");
    assertEquals("Cabinet # refused: Item # is out of stock", first);
    assertEquals(first, FailureCause.of("Cabinet CAB-22 refused: Item IC-AMOX-310 is out of stock"));
  }

  @Test
  void quantitiesTimesAndQuotedIdsBecomePlaceholdersKeepingTheirPunctuation() {
    assertEquals("No acknowledgement from cabinet # within # min",
        FailureCause.of("No acknowledgement from cabinet CAB-3 within 5 min"));
    assertEquals("Unknown cabinet '#'", FailureCause.of("Unknown cabinet 'CAB-9'"));
    assertEquals("Consult # is not known yet (sent at #).",
        FailureCause.of("Consult C-1001 is not known yet (sent at 2026-11-22T10:00:00Z)."));
  }

  @Test
  void differentKindsOfFailureStayApart() {
    assertNotEquals(FailureCause.of("Consult C-1 is not known yet"), FailureCause.of("Patient PT-1 is not known yet"));
    assertNotEquals(FailureCause.of("Cabinet CAB-1 refused: out of stock"),
        FailureCause.of("Cabinet CAB-1 refused: drawer jammed"));
  }

  @Test
  void whitespaceIsTidiedAndLongTextIsCutToTheIndexedLength() {
    assertEquals("Cabinet # refused: busy", FailureCause.of("  Cabinet   CAB-1\nrefused:\tbusy "));
    String cause = FailureCause.of("word ".repeat(100));
    assertEquals(FailureCause.MAX_LENGTH, cause.length());
    assertTrue(cause.endsWith("…"));
  }

  @Test
  void noErrorHasNoCause() {
    assertNull(FailureCause.of(null));
    assertNull(FailureCause.of("  "));
  }

  @Test
  void aFailedEventCarriesItsCauseUntilItIsRetried() {
    SyncEvent event = SyncEvent.outbound("out-1", SyncEventType.SYNC_PROFILE, "CAB-1", "C-1", "P-1", "{}",
        java.time.Instant.parse("2026-11-22T10:00:00Z"));
    event.fail("Cabinet CAB-1 refused: Item IC-1 is out of stock", java.time.Instant.parse("2026-11-22T10:01:00Z"));
    assertEquals("Cabinet # refused: Item # is out of stock", event.getFailureCause());
    event.retry("nurse", "out-2", "{}", java.time.Instant.parse("2026-11-22T10:02:00Z"));
    assertNull(event.getFailureCause());
    assertNull(event.getError());
  }
}
