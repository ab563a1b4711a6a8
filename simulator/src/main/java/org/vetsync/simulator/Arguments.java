package org.vetsync.simulator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The command line: one subcommand and {@code --name value} options or {@code --flag} switches, in any order. */
final class Arguments {

  static final Set<String> CONNECTION_OPTIONS = Set.of("url", "user", "password", "cabinet");

  private final Subcommand subcommand;
  private final Map<String, String> options;
  private final Set<String> flags;

  private Arguments(Subcommand subcommand, Map<String, String> options, Set<String> flags) {
    this.subcommand = subcommand;
    this.options = options;
    this.flags = flags;
  }

  static Arguments parse(String... args) {
    Subcommand subcommand = null;
    Map<String, String> options = new HashMap<>();
    Set<String> flags = new HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String token = args[i];
      if (token.startsWith("--")) {
        String name = token.substring(2);
        if (Subcommand.isFlag(name)) {
          flags.add(name);
        } else if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new UsageException("--" + name + " needs a value");
        } else if (options.put(name, args[++i]) != null) {
          throw new UsageException("--" + name + " is given twice");
        }
      } else if (subcommand == null) {
        subcommand = Subcommand.named(token).orElseThrow(() -> new UsageException("unknown subcommand: " + token));
      } else {
        throw new UsageException("unexpected argument: " + token);
      }
    }
    if (subcommand == null) {
      throw new UsageException("no subcommand given");
    }
    check(subcommand, options.keySet(), flags);
    return new Arguments(subcommand, options, flags);
  }

  private static void check(Subcommand subcommand, Set<String> options, Set<String> flags) {
    for (String option : options) {
      if (!CONNECTION_OPTIONS.contains(option) && !subcommand.accepts(option)) {
        throw new UsageException(subcommand.word() + " does not take --" + option);
      }
    }
    for (String flag : flags) {
      if (!subcommand.acceptsFlag(flag)) {
        throw new UsageException(subcommand.word() + " does not take --" + flag);
      }
    }
  }

  Subcommand subcommand() {
    return subcommand;
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name)).filter(value -> !value.isBlank());
  }

  String required(String name) {
    return option(name).orElseThrow(() -> new UsageException(subcommand.word() + " needs --" + name));
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  /** A quantity as the contract defines it: a decimal number greater than zero. */
  BigDecimal quantity() {
    String text = required("quantity");
    BigDecimal quantity;
    try {
      quantity = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new UsageException("--quantity must be a number, not " + text);
    }
    if (quantity.signum() <= 0) {
      throw new UsageException("--quantity must be greater than 0, not " + text);
    }
    return quantity;
  }

  /** A whole number from 1 to {@code max}, or absent. */
  Optional<Long> count(String name, long max) {
    return option(name).map(text -> {
      long value;
      try {
        value = Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw new UsageException("--" + name + " must be a whole number, not " + text);
      }
      if (value < 1 || value > max) {
        throw new UsageException("--" + name + " must be from 1 to " + max + ", not " + text);
      }
      return value;
    });
  }
}
