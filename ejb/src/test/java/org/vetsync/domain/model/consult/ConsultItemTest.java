package org.vetsync.domain.model.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vetsync.domain.model.patient.Patient;
import org.vetsync.domain.model.product.Product;

class ConsultItemTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private final Consult consult = new Consult("C-1", Patient.known("P-1"), "Dr Vet", NOW);

  private ConsultItem planned(String quantity) {
    return consult.plan("I-1", new Product("MELOXICAM"), qty(quantity));
  }

  private static BigDecimal qty(String value) {
    return new BigDecimal(value);
  }

  private static void assertQuantity(String expected, BigDecimal actual) {
    assertEquals(0, qty(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void aNewItemIsPlannedWithNothingDispensedReturnedOrWasted() {
    ConsultItem item = planned("3");
    assertEquals(ConsultItemStatus.PLANNED, item.getStatus());
    assertQuantity("3", item.getPlannedQuantity());
    assertQuantity("0", item.getDispensedQuantity());
    assertQuantity("0", item.getReturnedQuantity());
    assertQuantity("0", item.getWastedQuantity());
    assertQuantity("3", item.remaining());
  }

  @Test
  void aZeroOrNegativePlannedQuantityIsRefused() {
    Product product = new Product("MELOXICAM");
    assertThrows(IllegalArgumentException.class, () -> consult.plan("I-1", product, BigDecimal.ZERO));
    assertThrows(IllegalArgumentException.class, () -> consult.plan("I-2", product, qty("-1")));
    assertThrows(IllegalArgumentException.class, () -> consult.plan("I-3", product, null));
    assertTrue(consult.getItems().isEmpty());
  }

  @Test
  void partialDispensesAddUpToDispensed() {
    ConsultItem item = planned("3");
    item.dispense(qty("1"));
    assertEquals(ConsultItemStatus.PARTIALLY_DISPENSED, item.getStatus());
    assertQuantity("1", item.getDispensedQuantity());
    assertQuantity("2", item.remaining());

    item.dispense(qty("2"));
    assertEquals(ConsultItemStatus.DISPENSED, item.getStatus());
    assertQuantity("3", item.getDispensedQuantity());
    assertQuantity("0", item.remaining());
  }

  @Test
  void dispensingMoreThanRemainingIsRefusedAndChangesNothing() {
    ConsultItem item = planned("3");
    item.dispense(qty("2"));
    assertFalse(item.accepts(qty("2")));
    assertThrows(IllegalStateException.class, () -> item.dispense(qty("2")));
    assertQuantity("2", item.getDispensedQuantity());
    assertQuantity("1", item.remaining());
    assertEquals(ConsultItemStatus.PARTIALLY_DISPENSED, item.getStatus());
  }

  @Test
  void aFullyDispensedItemAcceptsNoMore() {
    ConsultItem item = planned("2");
    item.dispense(qty("2"));
    assertFalse(item.accepts(qty("0.001")));
    assertThrows(IllegalStateException.class, () -> item.dispense(qty("0.001")));
    assertQuantity("2", item.getDispensedQuantity());
  }

  @Test
  void zeroOrNegativeDispensesAreRefused() {
    ConsultItem item = planned("3");
    assertThrows(IllegalArgumentException.class, () -> item.dispense(BigDecimal.ZERO));
    assertThrows(IllegalArgumentException.class, () -> item.dispense(qty("-1")));
    assertThrows(IllegalArgumentException.class, () -> item.dispense(null));
    assertQuantity("0", item.getDispensedQuantity());
    assertEquals(ConsultItemStatus.PLANNED, item.getStatus());
  }

  @Test
  void decimalQuantitiesDispenseExactly() {
    ConsultItem item = planned("1.5");
    item.dispense(qty("0.5"));
    item.dispense(qty("0.5"));
    assertQuantity("1.0", item.getDispensedQuantity());
    assertQuantity("0.5", item.remaining());
    assertTrue(item.accepts(qty("0.5")));
    assertFalse(item.accepts(qty("0.501")));
    item.dispense(qty("0.500"));
    assertEquals(ConsultItemStatus.DISPENSED, item.getStatus());
  }

  @Test
  void quantitiesCompareWhateverTheirScale() {
    ConsultItem item = planned("2.000");
    item.dispense(qty("2"));
    assertEquals(ConsultItemStatus.DISPENSED, item.getStatus());
    assertQuantity("0", item.remaining());
  }

  @Test
  void takeBackMovesDispensedToReturned() {
    ConsultItem item = planned("3");
    item.dispense(qty("3"));
    item.takeBack(qty("1"));
    assertQuantity("2", item.getDispensedQuantity());
    assertQuantity("1", item.getReturnedQuantity());
    assertQuantity("1", item.remaining());
    assertEquals(ConsultItemStatus.PARTIALLY_DISPENSED, item.getStatus());
  }

  @Test
  void returningEverythingPutsTheItemBackToPlanned() {
    ConsultItem item = planned("2");
    item.dispense(qty("2"));
    item.takeBack(qty("2"));
    assertQuantity("0", item.getDispensedQuantity());
    assertQuantity("2", item.getReturnedQuantity());
    assertEquals(ConsultItemStatus.PLANNED, item.getStatus());
  }

  @Test
  void returnedQuantityCanBeDispensedAgain() {
    ConsultItem item = planned("2");
    item.dispense(qty("2"));
    item.takeBack(qty("1"));
    item.dispense(qty("1"));
    assertQuantity("2", item.getDispensedQuantity());
    assertQuantity("1", item.getReturnedQuantity());
    assertEquals(ConsultItemStatus.DISPENSED, item.getStatus());
  }

  @Test
  void returningMoreThanDispensedIsRefusedAndChangesNothing() {
    ConsultItem item = planned("3");
    item.dispense(qty("1"));
    assertThrows(IllegalStateException.class, () -> item.takeBack(qty("1.5")));
    assertQuantity("1", item.getDispensedQuantity());
    assertQuantity("0", item.getReturnedQuantity());
    assertEquals(ConsultItemStatus.PARTIALLY_DISPENSED, item.getStatus());
  }

  @Test
  void nothingCanBeReturnedBeforeAnyDispense() {
    ConsultItem item = planned("3");
    assertThrows(IllegalStateException.class, () -> item.takeBack(qty("1")));
    assertQuantity("0", item.getReturnedQuantity());
  }

  @Test
  void zeroOrNegativeReturnsAreRefused() {
    ConsultItem item = planned("3");
    item.dispense(qty("2"));
    assertThrows(IllegalArgumentException.class, () -> item.takeBack(BigDecimal.ZERO));
    assertThrows(IllegalArgumentException.class, () -> item.takeBack(qty("-1")));
    assertQuantity("2", item.getDispensedQuantity());
    assertQuantity("0", item.getReturnedQuantity());
  }

  @Test
  void wasteIsRecordedWithoutChangingDispensed() {
    ConsultItem item = planned("3");
    item.dispense(qty("2"));
    item.recordWaste(qty("0.5"));
    item.recordWaste(qty("0.25"));
    assertQuantity("0.75", item.getWastedQuantity());
    assertQuantity("2", item.getDispensedQuantity());
    assertQuantity("0", item.getReturnedQuantity());
    assertQuantity("1", item.remaining());
    assertEquals(ConsultItemStatus.PARTIALLY_DISPENSED, item.getStatus());
  }

  @Test
  void zeroOrNegativeWasteIsRefused() {
    ConsultItem item = planned("3");
    assertThrows(IllegalArgumentException.class, () -> item.recordWaste(BigDecimal.ZERO));
    assertThrows(IllegalArgumentException.class, () -> item.recordWaste(qty("-0.5")));
    assertQuantity("0", item.getWastedQuantity());
  }

  @Test
  void aRemovedItemAcceptsNothing() {
    ConsultItem item = planned("3");
    item.dispense(qty("1"));
    consult.removeItem("I-1");
    assertEquals(ConsultItemStatus.REMOVED, item.getStatus());
    assertQuantity("0", item.remaining());
    assertFalse(item.accepts(qty("1")));
    assertThrows(IllegalStateException.class, () -> item.dispense(qty("1")));
    assertQuantity("1", item.getDispensedQuantity());
  }

  @Test
  void aRemovedItemStaysRemovedAfterAReturn() {
    ConsultItem item = planned("3");
    item.dispense(qty("2"));
    consult.removeItem("I-1");
    item.takeBack(qty("1"));
    assertEquals(ConsultItemStatus.REMOVED, item.getStatus());
    assertQuantity("1", item.getDispensedQuantity());
    assertQuantity("1", item.getReturnedQuantity());
  }

  @Test
  void theQuantityOfARemovedItemCannotBeChanged() {
    planned("3");
    consult.removeItem("I-1");
    assertThrows(IllegalStateException.class, () -> consult.changePlannedQuantity("I-1", qty("5")));
  }

  @Test
  void raisingThePlannedQuantityReopensADispensedItem() {
    ConsultItem item = planned("2");
    item.dispense(qty("2"));
    consult.changePlannedQuantity("I-1", qty("5"));
    assertEquals(ConsultItemStatus.PARTIALLY_DISPENSED, item.getStatus());
    assertQuantity("3", item.remaining());
    assertTrue(item.accepts(qty("3")));
  }

  @Test
  void loweringThePlannedQuantityBelowDispensedLeavesNothingRemaining() {
    ConsultItem item = planned("5");
    item.dispense(qty("3"));
    consult.changePlannedQuantity("I-1", qty("2"));
    assertEquals(ConsultItemStatus.DISPENSED, item.getStatus());
    assertQuantity("0", item.remaining());
    assertQuantity("3", item.getDispensedQuantity());
    assertFalse(item.accepts(qty("1")));
  }

  @Test
  void loweringThePlannedQuantityToWhatWasDispensedCompletesTheItem() {
    ConsultItem item = planned("5");
    item.dispense(qty("2"));
    consult.changePlannedQuantity("I-1", qty("2"));
    assertEquals(ConsultItemStatus.DISPENSED, item.getStatus());
    assertQuantity("0", item.remaining());
  }

  @Test
  void aZeroOrNegativePlannedQuantityChangeIsRefusedAndKeepsTheOldOne() {
    ConsultItem item = planned("3");
    assertThrows(IllegalArgumentException.class, () -> consult.changePlannedQuantity("I-1", BigDecimal.ZERO));
    assertThrows(IllegalArgumentException.class, () -> consult.changePlannedQuantity("I-1", qty("-2")));
    assertQuantity("3", item.getPlannedQuantity());
  }
}
