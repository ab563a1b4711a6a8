package org.vetsync.domain.model.pharmacy;

/** A client as the practice system has it now, or as it was last sent to the pharmacy. */
public record ClientRecord(String name, String address, String phone, String email) {}
