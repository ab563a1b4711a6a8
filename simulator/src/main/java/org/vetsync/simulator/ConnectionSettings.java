package org.vetsync.simulator;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where and as whom the cabinet connects.
 *
 * @param url one broker, {@code tcp://host:port}
 * @param user the broker account, {@code cabinet-<cabinetId>} (what {@code vetsync-broker.sh add-cabinet} creates) unless
 *     told otherwise
 * @param password that account's password
 * @param cabinetId the cabinet's code: sent on every message; its commands come on {@code vetsync.cabinet.commands.<code>}
 */
record ConnectionSettings(String url, String user, String password, String cabinetId) {

  static final String DEFAULT_URL = "tcp://127.0.0.1:61616";
  static final String PASSWORD_VARIABLE = "VETSYNC_CABINET_PASSWORD";

  // One tcp:// endpoint only: a list, a discovery group or another scheme would let the client connect elsewhere.
  private static final Pattern SINGLE_TCP_BROKER =
      Pattern.compile("tcp://[A-Za-z0-9.\\-]+(:\\d{1,5})?(\\?[^(),\\s]*)?");
  // The code names a queue and an account: no broker wildcards or separators (the contract's cabinetCode).
  private static final Pattern CABINET_CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  static ConnectionSettings from(Arguments arguments, Map<String, String> environment) {
    String url = arguments.option("url").orElse(DEFAULT_URL);
    if (!SINGLE_TCP_BROKER.matcher(url).matches()) {
      throw new UsageException("--url must name one broker as tcp://host:port, not " + url);
    }
    String cabinetId = arguments.option("cabinet")
        .orElseThrow(() -> new UsageException("--cabinet is required: the code of the cabinet to simulate"));
    if (!CABINET_CODE.matcher(cabinetId).matches()) {
      throw new UsageException("--cabinet must be 1 to 64 letters, digits, '-' or '_', not " + cabinetId);
    }
    String password = arguments.option("password")
        .or(() -> Optional.ofNullable(environment.get(PASSWORD_VARIABLE)).filter(value -> !value.isBlank()))
        .orElseThrow(() -> new UsageException("no broker password: set " + PASSWORD_VARIABLE + " or pass --password"));
    return new ConnectionSettings(url, arguments.option("user").orElse("cabinet-" + cabinetId), password, cabinetId);
  }

  @Override
  public String toString() {
    return "ConnectionSettings[url=" + url + ", user=" + user + ", cabinetId=" + cabinetId + "]";
  }
}
