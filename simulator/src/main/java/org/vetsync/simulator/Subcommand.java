package org.vetsync.simulator;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** What the simulated cabinet is asked to do, with the options each subcommand accepts besides the connection's. */
enum Subcommand {
  LISTEN("listen", "[--seconds N] [--reject-commands]", Set.of("seconds"), Set.of("reject-commands")),
  DISPENSE("dispense", Synopsis.TRANSACTION, Synopsis.TRANSACTION_OPTIONS, Set.of()),
  RETURN("return", Synopsis.TRANSACTION, Synopsis.TRANSACTION_OPTIONS, Set.of()),
  WASTE("waste", Synopsis.TRANSACTION, Synopsis.TRANSACTION_OPTIONS, Set.of()),
  DISPENSE_SCHEDULED("dispense-scheduled", "[--seconds N] [--nurse U]", Set.of("seconds", "nurse"), Set.of()),
  DUPLICATE("duplicate", Synopsis.TRANSACTION, Synopsis.TRANSACTION_OPTIONS, Set.of()),
  ORPHAN("orphan", "--product P|--item I --quantity Q [--transaction T] [--nurse U]",
      Set.of("product", "item", "quantity", "transaction", "nurse"), Set.of()),
  BILLING_TRIGGER("billing-trigger",
      "--product P|--item I --quantity Q [--name \"Temp patient\"] [--transaction T] [--nurse U]",
      Set.of("product", "item", "quantity", "name", "transaction", "nurse"), Set.of()),
  UNSYNC_CONSULT("unsync-consult", "--consult C", Set.of("consult"), Set.of()),
  MALFORMED("malformed", "", Set.of(), Set.of()),
  INVALID("invalid", "", Set.of(), Set.of()),
  LOAD("load", "--rate R|max --count N [--seconds S] [--window W] --consults C1,C2,... --product P|--item I"
      + " [--quantity Q] [--nurse U]",
      Set.of("rate", "count", "seconds", "window", "consults", "product", "item", "quantity", "nurse"), Set.of());

  private final String word;
  private final String synopsis;
  private final Set<String> options;
  private final Set<String> flags;

  Subcommand(String word, String synopsis, Set<String> options, Set<String> flags) {
    this.word = word;
    this.synopsis = synopsis;
    this.options = options;
    this.flags = flags;
  }

  static Optional<Subcommand> named(String word) {
    return Arrays.stream(values()).filter(subcommand -> subcommand.word.equals(word)).findFirst();
  }

  /** Whether {@code --name} is an on/off switch for any subcommand, so that it takes no value. */
  static boolean isFlag(String name) {
    return Arrays.stream(values()).anyMatch(subcommand -> subcommand.flags.contains(name));
  }

  String word() {
    return word;
  }

  String synopsis() {
    return (word + " " + synopsis).strip();
  }

  boolean accepts(String option) {
    return options.contains(option);
  }

  boolean acceptsFlag(String flag) {
    return flags.contains(flag);
  }

  /** Shared by the subcommands that describe one physical transaction at the cabinet. */
  private static final class Synopsis {
    static final String TRANSACTION =
        "--consult C --product P|--item I --quantity Q [--transaction T] [--patient PID] [--nurse U]";
    static final Set<String> TRANSACTION_OPTIONS =
        Set.of("consult", "product", "item", "quantity", "transaction", "patient", "nurse");
  }
}
