package org.vetsync.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.vetsync.testsupport.Poll;

/**
 * Payara Micro running the built WAR as a separate process, so that a test can kill it with -9 and start it again.
 * Started as run.sh starts it; its transaction log is in the directory the pre-boot file names (test-env.sh), which
 * outlives the process, so XA recovery after a crash finds what was prepared. A second instance against the same
 * database and broker has its own name, port and directory: two instances sharing a transaction log would each
 * "recover" the other's transactions.
 */
final class MicroServer {

  private static final Logger LOG = Logger.getLogger(MicroServer.class.getName());

  private final Path runtime;
  private final Path war;
  private final Path dir;
  private final String port;
  private final List<String> name;
  private Process process;
  private int starts;
  /** The last answer of /health, so a start that never became healthy says what it was waiting for. */
  private String lastHealth = "no answer";

  MicroServer(Path runtime, Path war, Path dir, String port) {
    this.runtime = runtime;
    this.war = war;
    this.dir = dir;
    this.port = port;
    this.name = List.of();
  }

  /** Another instance named {@code name}, on its own port, with its transaction log and logs in dir/name. */
  MicroServer(MicroServer first, String port, String name) {
    this.runtime = first.runtime;
    this.war = first.war;
    this.dir = first.dir.resolve(name);
    this.port = port;
    this.name = List.of("--name", name);
    try {
      Files.createDirectories(dir.resolve("txlog"));
      String txLog = "set configs.config.server-config.transaction-service.tx-log-dir=";
      List<String> preboot = Files.readAllLines(first.dir.resolve("preboot.asadmin")).stream()
          .map(line -> line.startsWith(txLog) ? txLog + dir.resolve("txlog") : line).toList();
      Files.write(dir.resolve("preboot.asadmin"), preboot);
      Files.copy(first.dir.resolve("postboot-postgresql.asadmin"), dir.resolve("postboot-postgresql.asadmin"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot prepare " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Starts it and returns once vetsync reports its database and broker up, with the seconds that took. A start that
   * does not get there in 180 s is logged with what its log says and tried once more: one CI run saw a first start
   * hang although every start before and since came up in 10-40 s; a second hang fails the test with the diagnosis.
   */
  double start() {
    long began = System.nanoTime();
    try {
      attempt();
    } catch (AssertionError first) {
      LOG.warning(() -> "Payara Micro did not start; trying once more. " + first.getMessage());
      attempt();
    }
    return (System.nanoTime() - began) / 1e9;
  }

  private void attempt() {
    starts++;
    List<String> command = new ArrayList<>(List.of(
        "java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx1g",
        "-jar", runtime.resolve("payara-micro.jar").toString(),
        "--nocluster",
        "--port", port,
        "--addlibs", runtime.resolve("postgresql.jar").toString(),
        "--prebootcommandfile", dir.resolve("preboot.asadmin").toString(),
        "--postbootcommandfile", dir.resolve("postboot-postgresql.asadmin").toString(),
        "--deploy", war.toString(), "--contextroot", "vetsync"));
    command.addAll(name);
    try {
      process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("micro-" + starts + ".log").toFile())
          .start();
      Files.writeString(dir.resolve("micro.pid"), Long.toString(process.pid()));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start Payara Micro: " + e.getMessage(), e);
    }
    Path log = dir.resolve("micro-" + starts + ".log");
    try {
      String what = "vetsync on Payara Micro to report its database and broker up, and Micro to report ready";
      Poll.until(what, Duration.ofSeconds(180), () -> {
        if (!process.isAlive()) {
          throw new AssertionError("Payara Micro exited with " + process.exitValue());
        }
        return healthy() && ready(log) ? Optional.of(true) : Optional.empty();
      });
    } catch (AssertionError e) {
      // a half-started server would make every later test fail for a reason of its own; the next one starts afresh
      kill();
      throw new AssertionError(e.getMessage() + "; /health said: " + lastHealth + "; " + diagnosis(log), e);
    }
  }

  /**
   * Whether Micro has announced it is ready. /health answers UP as soon as vetsync is deployed, some seconds before
   * that; a console login in between is answered with the login page again, as though it had not happened.
   */
  private static boolean ready(Path log) {
    try {
      return text(log).contains(") ready in ");
    } catch (IOException e) {
      return false;
    }
  }

  /** How many lines of the current start's log contain {@code fragment}: what the server said it did. */
  long logLines(String fragment) {
    try {
      return text(dir.resolve("micro-" + starts + ".log")).lines().filter(line -> line.contains(fragment)).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes, not UTF-8: the log is not always valid UTF-8. */
  private static String text(Path log) throws IOException {
    return new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1);
  }

  /** What a failed start left in its log, for a CI run where only the test report survives. */
  private static String diagnosis(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      List<String> severe = lines.stream()
          .filter(line -> line.contains("SEVERE") || line.contains("Exception:") || line.contains("Caused by"))
          .limit(20).toList();
      List<String> tail = lines.subList(Math.max(0, lines.size() - 15), lines.size());
      return "log " + log + " (" + lines.size() + " lines); first errors:\n" + String.join("\n", severe)
          + "\nlast lines:\n" + String.join("\n", tail);
    } catch (IOException e) {
      return "log " + log + " unreadable: " + e.getMessage();
    }
  }

  /** kill -9: no shutdown hooks, no transaction completion, whatever was in flight stays in flight. */
  void kill() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  boolean running() {
    return process != null && process.isAlive();
  }

  boolean healthy() {
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).timeout(Duration.ofSeconds(10))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      lastHealth = response.statusCode() + " " + response.body();
      return response.body().contains("\"vetsync-dependencies\",\"status\":\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
