package org.vetsync.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final Actor NURSE = new Actor("nurse", "127.0.0.1");
  private static final AuditedAction IGNORE = AuditedAction.on("ignore sync event", "sync event", 42L);

  @Test
  void aDoneEntryKeepsWhoWhatWhichRecordWhenAndTheNoteGiven() {
    AuditEntry entry = AuditEntry.done(NOW, NURSE, IGNORE.noting("test message from the vendor"));
    assertEquals("nurse", entry.getUsername());
    assertEquals("127.0.0.1", entry.getRemoteAddress());
    assertEquals("ignore sync event", entry.getAction());
    assertEquals("sync event", entry.getTargetType());
    assertEquals("42", entry.getTargetId());
    assertEquals(AuditOutcome.DONE, entry.getOutcome());
    assertEquals("test message from the vendor", entry.getDetail());
    assertEquals(NOW, entry.getOccurredAt());
  }

  @Test
  void aRefusedEntryKeepsTheReasonTheUserWasGiven() {
    AuditEntry entry = AuditEntry.notDone(NOW, NURSE, IGNORE, AuditOutcome.REFUSED, "needs role ADMIN");
    assertEquals(AuditOutcome.REFUSED, entry.getOutcome());
    assertEquals("needs role ADMIN", entry.getDetail());
  }

  @Test
  void aRefusalOrFailureWithoutReasonOrMarkedDoneIsNotAnEntry() {
    assertThrows(IllegalArgumentException.class,
        () -> AuditEntry.notDone(NOW, NURSE, IGNORE, AuditOutcome.FAILED, " "));
    assertThrows(IllegalArgumentException.class,
        () -> AuditEntry.notDone(NOW, NURSE, IGNORE, AuditOutcome.DONE, "fine"));
  }

  @Test
  void anEntryNeedsAUserAndAnActionName() {
    assertThrows(IllegalArgumentException.class, () -> new Actor(null, "127.0.0.1"));
    assertThrows(IllegalArgumentException.class, () -> AuditedAction.on(" ", "sync event", 1));
    assertThrows(IllegalArgumentException.class, () -> new AuditedAction("retry", null, "1", null));
  }

  @Test
  void anOverlongDetailIsCutNotRefused() {
    AuditEntry entry = AuditEntry.notDone(NOW, NURSE, IGNORE, AuditOutcome.FAILED, "x".repeat(5000));
    assertEquals(AuditEntry.MAX_DETAIL_LENGTH, entry.getDetail().length());
  }

  @Test
  void anActionDescribesItselfWithItsTarget() {
    assertEquals("ignore sync event 42", IGNORE.describe());
    assertEquals("allocate temporary patient of orphan dispense 7",
        AuditedAction.on("allocate temporary patient", "orphan dispense", 7).describe());
    AuditedAction export = AuditedAction.on("start pharmacy export", null, null);
    assertEquals("start pharmacy export", export.describe());
    assertNull(export.targetType());
  }
}
