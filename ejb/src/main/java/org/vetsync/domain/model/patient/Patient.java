package org.vetsync.domain.model.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.vetsync.domain.model.client.Client;

/**
 * A pet. Either known to the practice system, or a temporary patient a cabinet created so a nurse could dispense in
 * an emergency; a temporary patient stays until staff allocate it to a real one, so its dispenses get billed.
 */
@Entity
@Table(name = "patient")
public class Patient {

  @Id
  @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
  private Long id;

  @Column(name = "pims_id", unique = true, length = 64)
  private String pimsId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "client_id")
  private Client client;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 64)
  private String species;

  @Column(length = 100)
  private String breed;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  @Column(name = "weight_kg", precision = 8, scale = 3)
  private BigDecimal weightKg;

  @Column(nullable = false)
  private boolean deceased;

  @Column(name = "temporary_cabinet", length = 64)
  private String temporaryCabinet;

  @Column(name = "temporary_ref", length = 64)
  private String temporaryRef;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "allocated_to_id")
  private Patient allocatedTo;

  @Version private long version;

  protected Patient() {}

  public static Patient known(String pimsId) {
    Patient patient = new Patient();
    patient.pimsId = pimsId;
    return patient;
  }

  public static Patient temporary(String cabinetCode, String cabinetPatientRef, String name) {
    Patient patient = new Patient();
    patient.temporaryCabinet = cabinetCode;
    patient.temporaryRef = cabinetPatientRef;
    patient.name = name == null || name.isBlank() ? "Temporary patient " + cabinetPatientRef : name;
    return patient;
  }

  public void update(Client owner, PatientDetails details) {
    this.client = owner;
    this.name = details.name();
    this.species = details.species();
    this.breed = details.breed();
    this.dateOfBirth = details.dateOfBirth();
    this.weightKg = details.weightKg();
    this.deceased = details.deceased();
  }

  public boolean isTemporary() {
    return temporaryCabinet != null;
  }

  public boolean isAllocated() {
    return allocatedTo != null;
  }

  /** Staff decided which real patient this temporary one was. */
  public void allocateTo(Patient realPatient) {
    if (!isTemporary()) {
      throw new IllegalStateException("Only a temporary patient can be allocated");
    }
    if (isAllocated()) {
      throw new IllegalStateException("Temporary patient " + name + " is already allocated");
    }
    if (realPatient == null || realPatient.isTemporary()) {
      throw new IllegalArgumentException("A temporary patient is allocated to a patient of the practice system");
    }
    this.allocatedTo = realPatient;
  }

  public Long getId() {
    return id;
  }

  public String getPimsId() {
    return pimsId;
  }

  public Client getClient() {
    return client;
  }

  public String getName() {
    return name;
  }

  public String getSpecies() {
    return species;
  }

  public String getBreed() {
    return breed;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public BigDecimal getWeightKg() {
    return weightKg;
  }

  public boolean isDeceased() {
    return deceased;
  }

  public String getTemporaryCabinet() {
    return temporaryCabinet;
  }

  public String getTemporaryRef() {
    return temporaryRef;
  }

  public Patient getAllocatedTo() {
    return allocatedTo;
  }
}
