package org.vetsync.testsupport;

import java.io.IOException;
import java.nio.file.Path;
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

  private void run(String command) {
    ProcessBuilder builder =
        new ProcessBuilder("bash", script.toString(), command, instance.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(instance.resolveSibling("broker-control.log").toFile()));
    builder.environment().put("VETSYNC_BROKER_PORT", port);
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
