package org.vetsync.domain.model.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vetsync.domain.model.consult.Consult;
import org.vetsync.domain.model.dispense.Dispense;
import org.vetsync.domain.model.dispense.DispenseKind;
import org.vetsync.domain.model.patient.Patient;
import org.vetsync.domain.model.product.Product;

class InvoiceLineTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private final Patient patient = Patient.known("P-1");
  private final Consult consult = new Consult("C-1", patient, "Dr Vet", NOW);

  private static Product product(String price, boolean billable) {
    Product product = new Product("MELOXICAM");
    product.describe("Meloxicam 1.5 mg/ml", "ml", new BigDecimal(price), billable);
    return product;
  }

  private static Dispense dispense(DispenseKind kind, Product product, String quantity) {
    return new Dispense(
        "TX-1", "CAB-1", kind, product, "MELOXICAM", new BigDecimal(quantity), "nurse", NOW, "C-1", "P-1", 7L);
  }

  private static void assertDecimal(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void aRemovalIsChargedAtTheProductPrice() {
    Product product = product("12.50", true);
    Dispense dispense = dispense(DispenseKind.REMOVE, product, "2");
    InvoiceLine line = InvoiceLine.forDispense(consult, patient, dispense, NOW).orElseThrow();
    assertDecimal("2", line.getQuantity());
    assertDecimal("12.5", line.getUnitPrice());
    assertSame(product, line.getProduct());
    assertSame(dispense, line.getSourceDispense());
    assertSame(consult, line.getConsult());
    assertSame(patient, line.getPatient());
  }

  @Test
  void aFractionalRemovalIsChargedForTheFraction() {
    InvoiceLine line =
        InvoiceLine.forDispense(consult, patient, dispense(DispenseKind.REMOVE, product("10", true), "0.5"), NOW)
            .orElseThrow();
    assertDecimal("0.5", line.getQuantity());
  }

  @Test
  void aReturnIsCreditedWithANegativeQuantity() {
    InvoiceLine line =
        InvoiceLine.forDispense(consult, patient, dispense(DispenseKind.RETURN, product("12.50", true), "1.5"), NOW)
            .orElseThrow();
    assertDecimal("-1.5", line.getQuantity());
    assertDecimal("12.50", line.getUnitPrice());
  }

  @Test
  void wasteIsNotBilled() {
    Optional<InvoiceLine> line =
        InvoiceLine.forDispense(consult, patient, dispense(DispenseKind.WASTE, product("12.50", true), "1"), NOW);
    assertTrue(line.isEmpty());
  }

  @Test
  void aNonBillableProductIsNotBilled() {
    Product product = product("12.50", false);
    assertTrue(InvoiceLine.forDispense(consult, patient, dispense(DispenseKind.REMOVE, product, "1"), NOW).isEmpty());
    assertTrue(InvoiceLine.forDispense(consult, patient, dispense(DispenseKind.RETURN, product, "1"), NOW).isEmpty());
  }

  @Test
  void anUnknownProductIsNotBilled() {
    assertTrue(InvoiceLine.forDispense(consult, patient, dispense(DispenseKind.REMOVE, null, "1"), NOW).isEmpty());
    assertTrue(InvoiceLine.forDispense(consult, patient, dispense(DispenseKind.RETURN, null, "1"), NOW).isEmpty());
  }

  @Test
  void aFreeBillableProductStillGetsALineAtZero() {
    InvoiceLine line =
        InvoiceLine.forDispense(consult, patient, dispense(DispenseKind.REMOVE, product("0", true), "1"), NOW)
            .orElseThrow();
    assertDecimal("0", line.getUnitPrice());
    assertDecimal("1", line.getQuantity());
  }
}
