package org.vetsync.domain.model.product;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A catalogue entry of the practice system, and the cabinets that stock it. */
@Entity
@Table(name = "product")
public class Product {

  @Id
  @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 32)
  private String unit;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal price;

  @Column(nullable = false)
  private boolean billable;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cabinet_stock", joinColumns = @JoinColumn(name = "product_id"))
  private List<CabinetStock> stock = new ArrayList<>();

  @Version private long version;

  protected Product() {}

  public Product(String code) {
    this.code = code;
  }

  public void describe(String name, String unit, BigDecimal price, boolean billable) {
    if (price == null || price.signum() < 0) {
      throw new IllegalArgumentException("Product " + code + " needs a price of 0 or more");
    }
    this.name = name;
    this.unit = unit == null || unit.isBlank() ? "unit" : unit;
    this.price = price;
    this.billable = billable;
  }

  public void stockIn(List<CabinetStock> cabinets) {
    stock.clear();
    stock.addAll(cabinets);
  }

  public boolean isCabinetStocked() {
    return !stock.isEmpty();
  }

  public Optional<String> itemCodeIn(String cabinetCode) {
    return stock.stream().filter(s -> s.cabinetCode().equals(cabinetCode)).map(CabinetStock::itemCode).findFirst();
  }

  public List<CabinetStock> getStock() {
    return List.copyOf(stock);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getUnit() {
    return unit;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public boolean isBillable() {
    return billable;
  }
}
