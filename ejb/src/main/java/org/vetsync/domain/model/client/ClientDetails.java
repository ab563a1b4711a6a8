package org.vetsync.domain.model.client;

import java.time.LocalDate;

public record ClientDetails(
    String name, String address, String phone, String email, LocalDate dateOfBirth, String sex, String idNumber) {}
