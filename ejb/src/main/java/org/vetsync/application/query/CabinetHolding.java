package org.vetsync.application.query;

import java.io.Serializable;
import java.time.Instant;

/** A cabinet that was sent a consult: since when, until when it keeps it, and when it dropped it (null: holds it). */
public record CabinetHolding(String cabinet, Instant syncedAt, Instant expiresAt, Instant unsyncedAt)
    implements Serializable {

  public boolean holding() {
    return unsyncedAt == null;
  }
}
