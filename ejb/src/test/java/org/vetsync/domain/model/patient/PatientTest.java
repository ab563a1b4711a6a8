package org.vetsync.domain.model.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vetsync.domain.model.client.Client;

class PatientTest {

  @Test
  void aKnownPatientIsNotTemporary() {
    Patient patient = Patient.known("P-1");
    assertEquals("P-1", patient.getPimsId());
    assertFalse(patient.isTemporary());
    assertFalse(patient.isAllocated());
  }

  @Test
  void aTemporaryPatientRemembersItsCabinet() {
    Patient patient = Patient.temporary("CAB-1", "T-9", "Rex");
    assertTrue(patient.isTemporary());
    assertFalse(patient.isAllocated());
    assertNull(patient.getPimsId());
    assertEquals("CAB-1", patient.getTemporaryCabinet());
    assertEquals("T-9", patient.getTemporaryRef());
    assertEquals("Rex", patient.getName());
  }

  @Test
  void aTemporaryPatientWithoutANameIsNamedAfterItsReference() {
    assertEquals("Temporary patient T-9", Patient.temporary("CAB-1", "T-9", null).getName());
    assertEquals("Temporary patient T-9", Patient.temporary("CAB-1", "T-9", "  ").getName());
  }

  @Test
  void aTemporaryPatientIsAllocatedToAKnownOne() {
    Patient temporary = Patient.temporary("CAB-1", "T-9", "Rex");
    Patient real = Patient.known("P-1");
    temporary.allocateTo(real);
    assertTrue(temporary.isAllocated());
    assertSame(real, temporary.getAllocatedTo());
  }

  @Test
  void aTemporaryPatientIsAllocatedOnlyOnce() {
    Patient temporary = Patient.temporary("CAB-1", "T-9", "Rex");
    Patient first = Patient.known("P-1");
    temporary.allocateTo(first);
    assertThrows(IllegalStateException.class, () -> temporary.allocateTo(Patient.known("P-2")));
    assertSame(first, temporary.getAllocatedTo());
  }

  @Test
  void aTemporaryPatientCannotBeAllocatedToAnotherTemporaryOne() {
    Patient temporary = Patient.temporary("CAB-1", "T-9", "Rex");
    assertThrows(IllegalArgumentException.class, () -> temporary.allocateTo(Patient.temporary("CAB-2", "T-1", null)));
    assertFalse(temporary.isAllocated());
  }

  @Test
  void aTemporaryPatientCannotBeAllocatedToNobody() {
    Patient temporary = Patient.temporary("CAB-1", "T-9", "Rex");
    assertThrows(IllegalArgumentException.class, () -> temporary.allocateTo(null));
    assertFalse(temporary.isAllocated());
  }

  @Test
  void aKnownPatientCannotBeAllocated() {
    Patient known = Patient.known("P-1");
    assertThrows(IllegalStateException.class, () -> known.allocateTo(Patient.known("P-2")));
    assertFalse(known.isAllocated());
  }

  @Test
  void updateTakesThePracticeSystemsDetails() {
    Patient patient = Patient.known("P-1");
    Client owner = new Client("CL-1");
    LocalDate born = LocalDate.of(2019, 4, 1);
    patient.update(owner, new PatientDetails("Rex", "Canine", "Labrador", born, new BigDecimal("31.4"), true));
    assertSame(owner, patient.getClient());
    assertEquals("Rex", patient.getName());
    assertEquals("Canine", patient.getSpecies());
    assertEquals("Labrador", patient.getBreed());
    assertEquals(born, patient.getDateOfBirth());
    assertEquals(0, new BigDecimal("31.4").compareTo(patient.getWeightKg()));
    assertTrue(patient.isDeceased());
  }
}
