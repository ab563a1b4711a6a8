package org.vetsync.domain.model.dispense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vetsync.domain.model.consult.Consult;
import org.vetsync.domain.model.consult.ConsultItem;
import org.vetsync.domain.model.patient.Patient;
import org.vetsync.domain.model.product.Product;

class DispenseTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private final Product product = new Product("MELOXICAM");
  private final Consult consult = new Consult("C-1", Patient.known("P-1"), "Dr Vet", NOW);

  private Dispense dispense(BigDecimal quantity) {
    return new Dispense(
        "TX-1", "CAB-1", DispenseKind.REMOVE, product, "MEL-15", quantity, "nurse", NOW, "C-1", "P-1", 42L);
  }

  @Test
  void aDispenseKeepsWhatTheCabinetReported() {
    Dispense dispense = dispense(new BigDecimal("1.5"));
    assertEquals("TX-1", dispense.getTransactionId());
    assertEquals("CAB-1", dispense.getCabinetCode());
    assertEquals(DispenseKind.REMOVE, dispense.getKind());
    assertSame(product, dispense.getProduct());
    assertEquals("MEL-15", dispense.getProductRef());
    assertEquals(0, new BigDecimal("1.5").compareTo(dispense.getQuantity()));
    assertEquals("nurse", dispense.getDispensedBy());
    assertEquals(NOW, dispense.getDispensedAt());
    assertEquals("C-1", dispense.getConsultRef());
    assertEquals("P-1", dispense.getPatientRef());
    assertEquals(42L, dispense.getSyncEventId());
    assertNull(dispense.getConsultItem());
  }

  @Test
  void anUnknownProductIsKeptByItsReference() {
    Dispense dispense =
        new Dispense("TX-2", "CAB-1", DispenseKind.REMOVE, null, "???", BigDecimal.ONE, null, NOW, null, null, 1L);
    assertNull(dispense.getProduct());
    assertEquals("???", dispense.getProductRef());
  }

  @Test
  void zeroNegativeOrMissingQuantitiesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> dispense(BigDecimal.ZERO));
    assertThrows(IllegalArgumentException.class, () -> dispense(new BigDecimal("0.000")));
    assertThrows(IllegalArgumentException.class, () -> dispense(new BigDecimal("-1")));
    assertThrows(IllegalArgumentException.class, () -> dispense(null));
  }

  @Test
  void assignToTiesTheDispenseToItsItem() {
    ConsultItem item = consult.plan("I-1", product, new BigDecimal("2"));
    Dispense dispense = dispense(BigDecimal.ONE);
    dispense.assignTo(item);
    assertSame(item, dispense.getConsultItem());
  }

  @Test
  void aDispenseIsAssignedOnlyOnce() {
    ConsultItem first = consult.plan("I-1", product, new BigDecimal("2"));
    ConsultItem second = consult.plan("I-2", product, new BigDecimal("2"));
    Dispense dispense = dispense(BigDecimal.ONE);
    dispense.assignTo(first);
    assertThrows(IllegalStateException.class, () -> dispense.assignTo(second));
    assertThrows(IllegalStateException.class, () -> dispense.assignTo(first));
    assertSame(first, dispense.getConsultItem());
  }
}
