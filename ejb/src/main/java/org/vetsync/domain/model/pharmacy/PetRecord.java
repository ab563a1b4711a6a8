package org.vetsync.domain.model.pharmacy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A pet as the practice system has it now, or as it was last sent to the pharmacy. */
public record PetRecord(String name, LocalDate dateOfBirth, BigDecimal weightKg, String breed, boolean deceased) {}
