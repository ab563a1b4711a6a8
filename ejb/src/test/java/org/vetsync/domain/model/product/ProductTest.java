package org.vetsync.domain.model.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductTest {

  private final Product product = new Product("MELOXICAM");

  @Test
  void describeSetsNameUnitPriceAndBillable() {
    product.describe("Meloxicam 1.5 mg/ml", "ml", new BigDecimal("12.50"), true);
    assertEquals("MELOXICAM", product.getCode());
    assertEquals("Meloxicam 1.5 mg/ml", product.getName());
    assertEquals("ml", product.getUnit());
    assertEquals(0, new BigDecimal("12.5").compareTo(product.getPrice()));
    assertTrue(product.isBillable());
  }

  @Test
  void aMissingUnitDefaultsToUnit() {
    product.describe("Meloxicam", null, BigDecimal.ONE, true);
    assertEquals("unit", product.getUnit());
    product.describe("Meloxicam", "  ", BigDecimal.ONE, true);
    assertEquals("unit", product.getUnit());
  }

  @Test
  void aZeroPriceIsAllowed() {
    product.describe("Sample", "tablet", BigDecimal.ZERO, false);
    assertEquals(0, BigDecimal.ZERO.compareTo(product.getPrice()));
    assertFalse(product.isBillable());
  }

  @Test
  void aNegativeOrMissingPriceIsRefusedAndChangesNothing() {
    product.describe("Meloxicam", "ml", new BigDecimal("12.50"), true);
    BigDecimal negative = new BigDecimal("-0.01");
    assertThrows(IllegalArgumentException.class, () -> product.describe("Other", "tablet", negative, false));
    assertThrows(IllegalArgumentException.class, () -> product.describe("Other", "tablet", null, false));
    assertEquals("Meloxicam", product.getName());
    assertEquals(0, new BigDecimal("12.50").compareTo(product.getPrice()));
    assertTrue(product.isBillable());
  }

  @Test
  void aNewProductIsNotCabinetStocked() {
    assertFalse(product.isCabinetStocked());
    assertTrue(product.getStock().isEmpty());
    assertEquals(Optional.empty(), product.itemCodeIn("CAB-1"));
  }

  @Test
  void itemCodeInGivesEachCabinetsOwnCode() {
    product.stockIn(List.of(new CabinetStock("CAB-1", "MEL-15"), new CabinetStock("CAB-2", "X-778")));
    assertTrue(product.isCabinetStocked());
    assertEquals(Optional.of("MEL-15"), product.itemCodeIn("CAB-1"));
    assertEquals(Optional.of("X-778"), product.itemCodeIn("CAB-2"));
    assertEquals(Optional.empty(), product.itemCodeIn("CAB-3"));
  }

  @Test
  void stockInReplacesThePreviousStock() {
    product.stockIn(List.of(new CabinetStock("CAB-1", "MEL-15")));
    product.stockIn(List.of(new CabinetStock("CAB-2", "X-778")));
    assertEquals(Optional.empty(), product.itemCodeIn("CAB-1"));
    assertEquals(Optional.of("X-778"), product.itemCodeIn("CAB-2"));
    assertEquals(1, product.getStock().size());
  }

  @Test
  void stockingInNoCabinetLeavesTheProductUnstocked() {
    product.stockIn(List.of(new CabinetStock("CAB-1", "MEL-15")));
    product.stockIn(List.of());
    assertFalse(product.isCabinetStocked());
  }

  @Test
  void aProductWithoutDescriptionIsNotBillable() {
    assertFalse(product.isBillable());
    assertNull(product.getPrice());
  }
}
