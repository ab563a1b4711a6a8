package org.vetsync.domain.model.orphan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vetsync.domain.model.dispense.Dispense;
import org.vetsync.domain.model.dispense.DispenseKind;

class OrphanDispenseTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final Instant LATER = NOW.plusSeconds(3600);

  private final Dispense dispense =
      new Dispense(
          "TX-1", "CAB-1", DispenseKind.REMOVE, null, "MEL-15", BigDecimal.ONE, "nurse", NOW, "C-1", "P-1", 1L);

  private OrphanDispense orphan() {
    return new OrphanDispense(dispense, OrphanReason.NOT_PLANNED, "MEL-15 is not on consult C-1", NOW);
  }

  @Test
  void aNewOrphanIsOpenAndUnresolved() {
    OrphanDispense orphan = orphan();
    assertTrue(orphan.isOpen());
    assertEquals(OrphanDispense.Status.OPEN, orphan.getStatus());
    assertSame(dispense, orphan.getDispense());
    assertEquals(OrphanReason.NOT_PLANNED, orphan.getReason());
    assertEquals("MEL-15 is not on consult C-1", orphan.getDetail());
    assertNull(orphan.getResolvedBy());
    assertNull(orphan.getResolution());
  }

  @Test
  void matchingRecordsWhoAndHow() {
    OrphanDispense orphan = orphan();
    orphan.matched("nurse.jane", "Matched to item I-3", LATER);
    assertFalse(orphan.isOpen());
    assertEquals(OrphanDispense.Status.MATCHED, orphan.getStatus());
    assertEquals("nurse.jane", orphan.getResolvedBy());
    assertEquals("Matched to item I-3", orphan.getResolution());
  }

  @Test
  void anOrphanIsMatchedOnlyOnce() {
    OrphanDispense orphan = orphan();
    orphan.matched("nurse.jane", "Matched to item I-3", LATER);
    assertThrows(IllegalStateException.class, () -> orphan.matched("nurse.bob", "Matched to item I-4", LATER));
    assertEquals("nurse.jane", orphan.getResolvedBy());
    assertEquals("Matched to item I-3", orphan.getResolution());
  }

  @Test
  void aMatchedOrphanCannotBeDismissed() {
    OrphanDispense orphan = orphan();
    orphan.matched("nurse.jane", "Matched to item I-3", LATER);
    assertThrows(IllegalStateException.class, () -> orphan.dismiss("admin", "duplicate", LATER));
    assertEquals(OrphanDispense.Status.MATCHED, orphan.getStatus());
  }

  @Test
  void aDismissedOrphanCannotBeMatched() {
    OrphanDispense orphan = orphan();
    orphan.dismiss("admin", "Stock count correction", LATER);
    assertThrows(IllegalStateException.class, () -> orphan.matched("nurse.jane", "Matched to item I-3", LATER));
    assertEquals(OrphanDispense.Status.DISMISSED, orphan.getStatus());
  }

  @Test
  void dismissingRecordsWhoAndWhy() {
    OrphanDispense orphan = orphan();
    orphan.dismiss("admin", "Stock count correction", LATER);
    assertFalse(orphan.isOpen());
    assertEquals(OrphanDispense.Status.DISMISSED, orphan.getStatus());
    assertEquals("admin", orphan.getResolvedBy());
    assertEquals("Stock count correction", orphan.getResolution());
  }

  @Test
  void dismissingNeedsAReason() {
    OrphanDispense orphan = orphan();
    assertThrows(IllegalArgumentException.class, () -> orphan.dismiss("admin", null, LATER));
    assertThrows(IllegalArgumentException.class, () -> orphan.dismiss("admin", "", LATER));
    assertThrows(IllegalArgumentException.class, () -> orphan.dismiss("admin", "   ", LATER));
    assertTrue(orphan.isOpen());
  }

  @Test
  void resolvingNeedsAUser() {
    OrphanDispense orphan = orphan();
    assertThrows(IllegalArgumentException.class, () -> orphan.matched(null, "Matched to item I-3", LATER));
    assertThrows(IllegalArgumentException.class, () -> orphan.matched(" ", "Matched to item I-3", LATER));
    assertThrows(IllegalArgumentException.class, () -> orphan.dismiss(null, "duplicate", LATER));
    assertThrows(IllegalArgumentException.class, () -> orphan.dismiss("", "duplicate", LATER));
    assertTrue(orphan.isOpen());
    assertNull(orphan.getResolvedBy());
  }
}
