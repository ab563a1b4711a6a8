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
}
