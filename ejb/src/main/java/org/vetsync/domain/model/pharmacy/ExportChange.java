package org.vetsync.domain.model.pharmacy;

/**
 * One thing the next export sends, and why.
 *
 * @param kind what it is, as the contract names it (NEW_CLIENT, EMAIL_CHANGE ...)
 * @param field the field that changed, or null for a new record
 * @param before the value last sent, or null
 * @param after the value sent now
 */
public record ExportChange(Kind kind, String field, String before, String after) {

  public enum Kind {
    NEW_CLIENT,
    LINKED_CLIENT,
    NEW_PET,
    EMAIL_CHANGE,
    WEIGHT_CHANGE,
    DECEASED_CHANGE,
    APPROVED_CHANGE
  }
}
