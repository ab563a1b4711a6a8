package org.vetsync.simulator;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A command-line stand-in for a CUBEX-style dispensing cabinet talking to vetsync over its Artemis broker.
 *
 * <p>Exit status: 0 done, 1 the broker could not be reached or refused, 2 wrong arguments.
 */
public final class CabinetSimulator {

  static final int BROKER_FAILED = 1;
  static final int WRONG_ARGUMENTS = 2;

  private CabinetSimulator() {}

  public static void main(String[] args) {
    int status = run(args, System.getenv(), System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
    if (args.length == 0 || Arrays.asList(args).contains("--help") || args[0].equals("help")) {
      (args.length == 0 ? err : out).println(usage());
      return args.length == 0 ? WRONG_ARGUMENTS : 0;
    }
    Scenario scenario;
    ConnectionSettings settings;
    try {
      Arguments arguments = Arguments.parse(args);
      settings = ConnectionSettings.from(arguments, environment);
      scenario = Scenarios.prepare(arguments);
    } catch (UsageException e) {
      err.println("cabinet-simulator: " + e.getMessage() + " (--help lists the subcommands)");
      return WRONG_ARGUMENTS;
    }
    StopSignal stop = StopSignal.onInterrupt();
    try (CabinetConnection connection = CabinetConnection.open(settings)) {
      Transcript transcript = new Transcript(out);
      CabinetMessages messages = new CabinetMessages(settings.cabinetId(), Clock.systemUTC());
      scenario.play(new Scenario.Cabinet(connection, messages, transcript, stop));
      return 0;
    } catch (BrokerException e) {
      err.println("cabinet-simulator: " + e.getMessage());
      return BROKER_FAILED;
    } finally {
      out.flush();
      stop.finished();
    }
  }

  static String usage() {
    String subcommands = Arrays.stream(Subcommand.values())
        .map(subcommand -> "  " + subcommand.synopsis())
        .collect(Collectors.joining(System.lineSeparator()));
    return String.join(System.lineSeparator(),
        "usage: java -jar cabinet-simulator.jar SUBCOMMAND --cabinet ID [--url " + ConnectionSettings.DEFAULT_URL
            + "] [--user cabinet] [--password P] [options]",
        "  (the password may come from " + ConnectionSettings.PASSWORD_VARIABLE + " instead of --password)",
        "subcommands:",
        subcommands);
  }
}
