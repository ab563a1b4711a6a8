package org.vetsync.domain.model.cabinet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A dispensing cabinet registered by the practice system. Messages from an unregistered cabinet are rejected. */
@Entity
@Table(name = "cabinet")
public class Cabinet {

  @Id
  @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 200)
  private String location;

  @Version private long version;

  protected Cabinet() {}

  public Cabinet(String code, String name, String location) {
    this.code = code;
    describe(name, location);
  }

  public void describe(String name, String location) {
    this.name = name == null || name.isBlank() ? code : name;
    this.location = location;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getLocation() {
    return location;
  }
}
