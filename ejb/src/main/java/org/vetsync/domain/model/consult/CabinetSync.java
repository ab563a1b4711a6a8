package org.vetsync.domain.model.consult;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One cabinet holding a consult: cabinets drop a consult after 24 h, so each sync also carries when it expires. */
@Embeddable
public class CabinetSync {

  @Column(name = "cabinet_code", nullable = false, length = 64)
  private String cabinetCode;

  @Column(name = "synced_at", nullable = false)
  private Instant syncedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "unsynced_at")
  private Instant unsyncedAt;

  /** When staff were warned that this copy expires with items not dispensed; a renewed sync may warn again. */
  @Column(name = "expiry_warned_at")
  private Instant expiryWarnedAt;

  protected CabinetSync() {}

  CabinetSync(String cabinetCode, Instant syncedAt, Instant expiresAt) {
    this.cabinetCode = cabinetCode;
    this.syncedAt = syncedAt;
    this.expiresAt = expiresAt;
  }

  boolean isActive() {
    return unsyncedAt == null;
  }

  void renew(Instant now, Instant expiresAt) {
    this.syncedAt = now;
    this.expiresAt = expiresAt;
    this.unsyncedAt = null;
    this.expiryWarnedAt = null;
  }

  void warnedOfExpiry(Instant now) {
    this.expiryWarnedAt = now;
  }

  void end(Instant now) {
    this.unsyncedAt = now;
  }

  public String cabinetCode() {
    return cabinetCode;
  }

  public Instant syncedAt() {
    return syncedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant unsyncedAt() {
    return unsyncedAt;
  }

  public Instant expiryWarnedAt() {
    return expiryWarnedAt;
  }
}
