package org.vetsync.application.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Native queries return TIMESTAMP WITH TIME ZONE as the driver likes: OffsetDateTime (H2) or Timestamp (PostgreSQL). */
final class Timestamps {

  private Timestamps() {}

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    throw new IllegalArgumentException("Not a timestamp: " + value.getClass().getName());
  }
}
