package org.vetsync.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** What test-env.sh started for this run (test-env.properties), and which database this run of the suite uses. */
public final class TestEnvironment {

  private static TestEnvironment current;

  private final Properties properties = new Properties();

  private TestEnvironment(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the test environment " + file + " (did test-env.sh start?)", e);
    }
  }

  public static synchronized TestEnvironment get() {
    if (current == null) {
      String file = System.getProperty("vetsync.it.env");
      if (file == null) {
        throw new IllegalStateException("System property vetsync.it.env is not set");
      }
      current = new TestEnvironment(Path.of(file));
    }
    return current;
  }

  public String property(String name) {
    String value = properties.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("test-env.properties has no " + name);
    }
    return value;
  }

  /** The application's root, e.g. http://127.0.0.1:8123/vetsync. */
  public String appUrl() {
    return property("http.url") + "/vetsync";
  }

  public String serverUrl() {
    return property("http.url");
  }

  public String consoleAdminPassword() {
    return property("console.admin.password");
  }

  /** h2 or postgresql: the database the server under test was booted with. */
  public String databaseKind() {
    return System.getProperty("vetsync.it.database", "postgresql");
  }

  /** Names this run in what the tests leave behind (screenshots): micro-h2, micro-postgresql, server-postgresql. */
  public String runName() {
    return System.getProperty("vetsync.it.runtime", "micro") + "-" + databaseKind();
  }

  public Database database() {
    String kind = databaseKind();
    return new Database(
        property(kind + ".jdbc.url"), property(kind + ".jdbc.user"), property(kind + ".jdbc.password"));
  }

  /** Plays every cabinet a test names, each with its own account (created on first use, as an operator would). */
  public CabinetClient cabinet() {
    BrokerControl broker = broker();
    String hash = property("broker.cabinet.password.hash");
    return new CabinetClient(property("broker.url"), property("broker.cabinet.password"),
        code -> broker.addCabinet(code, hash));
  }

  public PracticeClient practice() {
    return new PracticeClient(property("broker.url"), "pims", property("broker.pims.password"));
  }

  public PharmacyClient pharmacy() {
    return new PharmacyClient(property("broker.url"), "pharmacy", property("broker.pharmacy.password"));
  }

  public BrokerControl broker() {
    return new BrokerControl(
        Path.of(property("broker.script")), Path.of(property("broker.instance")), property("broker.port"));
  }
}
