package org.vetsync.domain.model.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/** An owner, as the practice system knows them. Date of birth, sex and ID number are what cabinets need. */
@Entity
@Table(name = "client")
public class Client {

  @Id
  @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
  private Long id;

  @Column(name = "pims_id", nullable = false, unique = true, length = 64)
  private String pimsId;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 500)
  private String address;

  @Column(length = 64)
  private String phone;

  @Column(length = 254)
  private String email;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  @Column(length = 16)
  private String sex;

  @Column(name = "id_number", length = 64)
  private String idNumber;

  @Version private long version;

  protected Client() {}

  public Client(String pimsId) {
    this.pimsId = pimsId;
  }

  /**
   * Takes the practice system's current details.
   *
   * @return whether anything a cabinet holds (name, date of birth, sex, ID number) changed
   */
  public boolean update(ClientDetails details) {
    boolean cabinetRelevant =
        !Objects.equals(name, details.name())
            || !Objects.equals(dateOfBirth, details.dateOfBirth())
            || !Objects.equals(sex, details.sex())
            || !Objects.equals(idNumber, details.idNumber());
    boolean isNew = name == null;
    this.name = details.name();
    this.address = details.address();
    this.phone = details.phone();
    this.email = details.email();
    this.dateOfBirth = details.dateOfBirth();
    this.sex = details.sex();
    this.idNumber = details.idNumber();
    return cabinetRelevant && !isNew;
  }

  public Long getId() {
    return id;
  }

  public String getPimsId() {
    return pimsId;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public String getSex() {
    return sex;
  }

  public String getIdNumber() {
    return idNumber;
  }
}
