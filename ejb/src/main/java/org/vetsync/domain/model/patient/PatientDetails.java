package org.vetsync.domain.model.patient;

import java.math.BigDecimal;
import java.time.LocalDate;

public record PatientDetails(
    String name, String species, String breed, LocalDate dateOfBirth, BigDecimal weightKg, boolean deceased) {}
