package org.vetsync.domain.model.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vetsync.domain.model.patient.Patient;
import org.vetsync.domain.model.product.Product;

class ConsultTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final Instant LATER = NOW.plus(Duration.ofHours(2));
  private static final Duration DAY = Duration.ofHours(24);

  private final Patient patient = Patient.known("P-1");
  private final Consult consult = new Consult("C-1", patient, "Dr Vet", NOW);
  private final Product meloxicam = new Product("MELOXICAM");
  private final Product ketamine = new Product("KETAMINE");

  private static BigDecimal qty(String value) {
    return new BigDecimal(value);
  }

  private static void assertQuantity(String expected, BigDecimal actual) {
    assertEquals(0, qty(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void aNewConsultIsOpenWithNoItemsAndNoCabinets() {
    assertTrue(consult.isOpen());
    assertEquals("C-1", consult.getPimsId());
    assertSame(patient, consult.getPatient());
    assertEquals(NOW, consult.getOpenedAt());
    assertNull(consult.getClosedAt());
    assertTrue(consult.getItems().isEmpty());
    assertTrue(consult.cabinetsHolding().isEmpty());
  }

  @Test
  void aConsultNeedsAnIdAPatientAndAnOpeningTime() {
    assertThrows(NullPointerException.class, () -> new Consult(null, patient, "Dr Vet", NOW));
    assertThrows(NullPointerException.class, () -> new Consult("C-2", null, "Dr Vet", NOW));
    assertThrows(NullPointerException.class, () -> new Consult("C-2", patient, "Dr Vet", null));
  }

  @Test
  void planAddsAnItemThatBelongsToTheConsult() {
    ConsultItem item = consult.plan("I-1", meloxicam, qty("2"));
    assertSame(consult, item.getConsult());
    assertEquals("I-1", item.getPimsId());
    assertSame(meloxicam, item.getProduct());
    assertEquals(List.of(item), consult.getItems());
    assertEquals(Optional.of(item), consult.item("I-1"));
    assertTrue(consult.plans(meloxicam));
    assertFalse(consult.plans(ketamine));
  }

  @Test
  void planRefusesADuplicateItemId() {
    consult.plan("I-1", meloxicam, qty("2"));
    assertThrows(IllegalStateException.class, () -> consult.plan("I-1", ketamine, qty("1")));
    assertEquals(1, consult.getItems().size());
    assertSame(meloxicam, consult.item("I-1").orElseThrow().getProduct());
  }

  @Test
  void planRefusesTheIdOfARemovedItem() {
    consult.plan("I-1", meloxicam, qty("2"));
    consult.removeItem("I-1");
    assertThrows(IllegalStateException.class, () -> consult.plan("I-1", meloxicam, qty("2")));
  }

  @Test
  void aClosedConsultTakesNoChanges() {
    consult.plan("I-1", meloxicam, qty("2"));
    consult.close(LATER);
    assertFalse(consult.isOpen());
    assertThrows(IllegalStateException.class, () -> consult.plan("I-2", ketamine, qty("1")));
    assertThrows(IllegalStateException.class, () -> consult.changePlannedQuantity("I-1", qty("5")));
    assertThrows(IllegalStateException.class, () -> consult.removeItem("I-1"));
    assertThrows(IllegalStateException.class, () -> consult.syncTo("CAB-1", LATER, LATER.plus(DAY)));
    assertEquals(1, consult.getItems().size());
    assertQuantity("2", consult.item("I-1").orElseThrow().getPlannedQuantity());
  }

  @Test
  void closeIsIdempotentAndKeepsTheFirstClosingTime() {
    consult.close(LATER);
    consult.close(LATER.plusSeconds(60));
    assertFalse(consult.isOpen());
    assertEquals(LATER, consult.getClosedAt());
  }

  @Test
  void changePlannedQuantityReturnsThePreviousQuantity() {
    consult.plan("I-1", meloxicam, qty("2"));
    assertQuantity("2", consult.changePlannedQuantity("I-1", qty("3.5")));
    assertQuantity("3.5", consult.changePlannedQuantity("I-1", qty("1")));
    assertQuantity("1", consult.item("I-1").orElseThrow().getPlannedQuantity());
  }

  @Test
  void changingOrRemovingAnUnknownItemIsRefused() {
    assertThrows(IllegalStateException.class, () -> consult.changePlannedQuantity("NOPE", qty("1")));
    assertThrows(IllegalStateException.class, () -> consult.removeItem("NOPE"));
  }

  @Test
  void removeItemMarksItRemovedButKeepsIt() {
    consult.plan("I-1", meloxicam, qty("2"));
    ConsultItem removed = consult.removeItem("I-1");
    assertEquals(ConsultItemStatus.REMOVED, removed.getStatus());
    assertEquals(List.of(removed), consult.getItems());
  }

  @Test
  void itemAcceptingPicksAnItemOfTheSameProductThatTakesTheWholeQuantity() {
    consult.plan("I-1", ketamine, qty("5"));
    ConsultItem meloxicamItem = consult.plan("I-2", meloxicam, qty("2"));
    assertEquals(Optional.of(meloxicamItem), consult.itemAccepting(meloxicam, qty("2")));
  }

  @Test
  void itemAcceptingMatchesTheProductByCode() {
    ConsultItem item = consult.plan("I-1", meloxicam, qty("2"));
    assertEquals(Optional.of(item), consult.itemAccepting(new Product("MELOXICAM"), qty("1")));
  }

  @Test
  void itemAcceptingFindsNothingForMoreThanRemains() {
    consult.plan("I-1", meloxicam, qty("2"));
    assertTrue(consult.itemAccepting(meloxicam, qty("2.5")).isEmpty());
  }

  @Test
  void itemAcceptingFindsNothingForAnUnplannedProduct() {
    consult.plan("I-1", meloxicam, qty("2"));
    assertTrue(consult.itemAccepting(ketamine, qty("1")).isEmpty());
  }

  @Test
  void itemAcceptingSkipsAFullItemForASecondItemOfTheSameProduct() {
    ConsultItem first = consult.plan("I-1", meloxicam, qty("2"));
    ConsultItem second = consult.plan("I-2", meloxicam, qty("3"));
    assertEquals(Optional.of(first), consult.itemAccepting(meloxicam, qty("1")));
    first.dispense(qty("2"));
    assertEquals(Optional.of(second), consult.itemAccepting(meloxicam, qty("1")));
  }

  @Test
  void itemAcceptingSkipsAnItemWithTooLittleLeft() {
    ConsultItem first = consult.plan("I-1", meloxicam, qty("2"));
    ConsultItem second = consult.plan("I-2", meloxicam, qty("3"));
    first.dispense(qty("1"));
    assertEquals(Optional.of(second), consult.itemAccepting(meloxicam, qty("2")));
  }

  @Test
  void itemAcceptingSkipsARemovedItem() {
    consult.plan("I-1", meloxicam, qty("2"));
    ConsultItem second = consult.plan("I-2", meloxicam, qty("2"));
    consult.removeItem("I-1");
    assertEquals(Optional.of(second), consult.itemAccepting(meloxicam, qty("1")));
  }

  @Test
  void itemDispensedPicksTheItemOfTheProductWithTheMostDispensed() {
    ConsultItem first = consult.plan("I-1", meloxicam, qty("5"));
    ConsultItem second = consult.plan("I-2", meloxicam, qty("5"));
    consult.plan("I-3", ketamine, qty("9"));
    consult.item("I-3").orElseThrow().dispense(qty("9"));
    first.dispense(qty("1"));
    second.dispense(qty("3"));
    assertEquals(Optional.of(second), consult.itemDispensed(meloxicam));
  }

  @Test
  void itemDispensedFindsNothingForAnUnplannedProduct() {
    consult.plan("I-1", meloxicam, qty("5"));
    assertTrue(consult.itemDispensed(ketamine).isEmpty());
  }

  @Test
  void aReturnThroughItemDispensedCreditsTheRightItem() {
    ConsultItem first = consult.plan("I-1", meloxicam, qty("2"));
    ConsultItem second = consult.plan("I-2", meloxicam, qty("2"));
    first.dispense(qty("0.5"));
    second.dispense(qty("2"));
    consult.itemDispensed(meloxicam).orElseThrow().takeBack(qty("1.5"));
    assertQuantity("0.5", second.getDispensedQuantity());
    assertQuantity("1.5", second.getReturnedQuantity());
    assertQuantity("0.5", first.getDispensedQuantity());
  }

  @Test
  void syncToIsTrueOnlyTheFirstTimeForACabinet() {
    assertTrue(consult.syncTo("CAB-1", NOW, NOW.plus(DAY)));
    assertFalse(consult.syncTo("CAB-1", LATER, LATER.plus(DAY)));
    assertTrue(consult.syncTo("CAB-2", LATER, LATER.plus(DAY)));
    assertEquals(List.of("CAB-1", "CAB-2"), consult.cabinetsHolding());
  }

  @Test
  void syncingAgainRenewsTheExpiry() {
    consult.syncTo("CAB-1", NOW, NOW.plus(DAY));
    consult.syncTo("CAB-1", LATER, LATER.plus(DAY));
    assertEquals(1, consult.getCabinets().size());
    CabinetSync sync = consult.getCabinets().get(0);
    assertEquals("CAB-1", sync.cabinetCode());
    assertEquals(LATER, sync.syncedAt());
    assertEquals(LATER.plus(DAY), sync.expiresAt());
    assertNull(sync.unsyncedAt());
  }

  @Test
  void afterUnsyncFromTheCabinetNeedsTheConsultAgain() {
    consult.syncTo("CAB-1", NOW, NOW.plus(DAY));
    assertTrue(consult.unsyncFrom("CAB-1", LATER));
    assertTrue(consult.cabinetsHolding().isEmpty());
    assertEquals(LATER, consult.getCabinets().get(0).unsyncedAt());

    Instant resync = LATER.plusSeconds(60);
    assertTrue(consult.syncTo("CAB-1", resync, resync.plus(DAY)));
    assertEquals(List.of("CAB-1"), consult.cabinetsHolding());
    CabinetSync sync = consult.getCabinets().get(0);
    assertEquals(resync.plus(DAY), sync.expiresAt());
    assertNull(sync.unsyncedAt());
    assertEquals(1, consult.getCabinets().size());
  }

  @Test
  void unsyncFromIsTrueOnlyForACabinetThatHoldsTheConsult() {
    assertFalse(consult.unsyncFrom("CAB-1", NOW));
    consult.syncTo("CAB-1", NOW, NOW.plus(DAY));
    assertTrue(consult.unsyncFrom("CAB-1", LATER));
    assertFalse(consult.unsyncFrom("CAB-1", LATER.plusSeconds(1)));
    assertEquals(LATER, consult.getCabinets().get(0).unsyncedAt());
  }

  @Test
  void cabinetsHoldingListsOnlyActiveCabinets() {
    consult.syncTo("CAB-1", NOW, NOW.plus(DAY));
    consult.syncTo("CAB-2", NOW, NOW.plus(DAY));
    consult.syncTo("CAB-3", NOW, NOW.plus(DAY));
    consult.unsyncFrom("CAB-2", LATER);
    assertEquals(List.of("CAB-1", "CAB-3"), consult.cabinetsHolding());
  }

  @Test
  void aClosedConsultCanStillBeUnsynced() {
    consult.syncTo("CAB-1", NOW, NOW.plus(DAY));
    consult.close(LATER);
    assertTrue(consult.unsyncFrom("CAB-1", LATER));
    assertTrue(consult.cabinetsHolding().isEmpty());
  }
}
