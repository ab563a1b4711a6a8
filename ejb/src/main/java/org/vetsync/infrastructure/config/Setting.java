package org.vetsync.infrastructure.config;

import java.util.Optional;

/**
 * Every setting vetsync reads, in one place. Each is read from a JVM system property first, then from the
 * environment variable of the same meaning; README lists them.
 */
public enum Setting {
  /** First admin's password; when unset, a random one is generated and logged once. */
  ADMIN_PASSWORD("vetsync.admin.password", "VETSYNC_ADMIN_PASSWORD", null),
  /** Hours a cabinet holds a synced consult; cabinets drop consults after 24 h, and vetsync expires them alike. */
  CONSULT_SYNC_HOURS("vetsync.consult.syncHours", "VETSYNC_CONSULT_SYNC_HOURS", "24"),
  /** Minutes a command may wait for the cabinet's acknowledgement before it is marked Failed. */
  COMMAND_ACK_TIMEOUT_MINUTES("vetsync.command.ackTimeoutMinutes", "VETSYNC_COMMAND_ACK_TIMEOUT_MINUTES", "5"),
  /** "adjustable" lets the test suites move vetsync's clock (table clock_adjustment); never set in production. */
  CLOCK("vetsync.clock", "VETSYNC_CLOCK", "system"),
  /**
   * Seconds between the sweeps that look for due work (expiry, command timeouts, the export). Due times live in the
   * database, so this only bounds how late due work is picked up; the test suites shorten it to spend less time waiting.
   */
  SWEEP_SECONDS("vetsync.sweepSeconds", "VETSYNC_SWEEP_SECONDS", "10"),
  /** Whether the pharmacy export runs on its schedule. */
  PHARMACY_EXPORT_ENABLED("vetsync.pharmacy.exportEnabled", "VETSYNC_PHARMACY_EXPORT_ENABLED", "true"),
  /** Minutes between pharmacy exports (48 h by default; minutes work too). */
  PHARMACY_EXPORT_INTERVAL_MINUTES(
      "vetsync.pharmacy.exportIntervalMinutes", "VETSYNC_PHARMACY_EXPORT_INTERVAL_MINUTES", "2880"),
  /** Failed console logins of one username, within the window, that lock it. */
  LOGIN_MAX_FAILURES("vetsync.login.maxFailures", "VETSYNC_LOGIN_MAX_FAILURES", "5"),
  /** Minutes within which failed logins are counted together. */
  LOGIN_FAILURE_WINDOW_MINUTES("vetsync.login.failureWindowMinutes", "VETSYNC_LOGIN_FAILURE_WINDOW_MINUTES", "15"),
  /** Minutes a locked username is refused, even with the right password. */
  LOGIN_LOCKOUT_MINUTES("vetsync.login.lockoutMinutes", "VETSYNC_LOGIN_LOCKOUT_MINUTES", "15"),
  /** Minutes an event may stay Pending or Processing before the console raises an alert. */
  ALERT_WAITING_MINUTES("vetsync.alert.waitingMinutes", "VETSYNC_ALERT_WAITING_MINUTES", "30"),
  /** Hours a cabinet's temporary patient may wait for allocation before the console raises an alert. */
  ALERT_UNALLOCATED_HOURS("vetsync.alert.unallocatedHours", "VETSYNC_ALERT_UNALLOCATED_HOURS", "4"),
  /**
   * Hours before a cabinet drops a consult (its sync expires) from which the console warns about items still not
   * dispensed: after expiry the cabinet no longer offers them.
   */
  ALERT_EXPIRY_HOURS("vetsync.alert.expiryHours", "VETSYNC_ALERT_EXPIRY_HOURS", "2"),
  /** Seconds the broker health probe waits for a connection. */
  HEALTH_BROKER_TIMEOUT_SECONDS("vetsync.health.brokerTimeoutSeconds", "VETSYNC_HEALTH_BROKER_TIMEOUT_SECONDS", "3");

  private final String property;
  private final String environmentVariable;
  private final String defaultValue;

  Setting(String property, String environmentVariable, String defaultValue) {
    this.property = property;
    this.environmentVariable = environmentVariable;
    this.defaultValue = defaultValue;
  }

  public Optional<String> value() {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environmentVariable);
    }
    if (value == null || value.isBlank()) {
      value = defaultValue;
    }
    return Optional.ofNullable(value);
  }

  public int intValue() {
    return Integer.parseInt(value().orElseThrow(() -> new IllegalStateException(property + " is not set")));
  }
}
