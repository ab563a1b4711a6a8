package org.vetsync.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Stops and starts the test broker through the same script operators use (jms-config/broker/vetsync-broker.sh). */
public final class BrokerControl {

  private final Path script;
  private final Path instance;
  private final String port;

  BrokerControl(Path script, Path instance, String port) {
    this.script = script;
    this.instance = instance;
    this.port = port;
  }

  public void stop() {
    run("stop");
  }

  public void start() {
    run("start");
  }

  public void kill() {
    run("kill");
  }

  /** The cabinet's own account and command queue, as an operator adds them; nothing happens if it has them. */
  public void addCabinet(String code, String passwordHash) {
    run(Map.of("VETSYNC_CABINET_PASSWORD_HASH", passwordHash), "add-cabinet", code);
  }

  private void run(String command) {
    run(Map.of(), command);
  }

  private void run(Map<String, String> environment, String command, String... arguments) {
    List<String> line = new ArrayList<>(List.of("bash", script.toString(), command, instance.toString()));
    line.addAll(List.of(arguments));
    ProcessBuilder builder =
        new ProcessBuilder(line)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(instance.resolveSibling("broker-control.log").toFile()));
    builder.environment().put("VETSYNC_BROKER_PORT", port);
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("vetsync-broker.sh " + command + " failed");
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot run " + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running vetsync-broker.sh " + command, e);
    }
  }
}
