package org.vetsync.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Turns the command line into the scenario it asks for, checking every argument before anything is sent. */
final class Scenarios {

  /** A listener given --seconds stops within a year; without it, it runs until Ctrl-C. */
  static final long LONGEST_LISTEN_SECONDS = Duration.ofDays(365).toSeconds();

  private Scenarios() {}

  static Scenario prepare(Arguments arguments) {
    return switch (arguments.subcommand()) {
      case LISTEN -> listening(arguments,
          arguments.flag("reject-commands") ? CabinetBehaviour.REJECT : CabinetBehaviour.ACKNOWLEDGE);
      case DISPENSE_SCHEDULED -> listening(arguments, CabinetBehaviour.DISPENSE_SCHEDULED);
      case DISPENSE -> sending(CabinetTransaction.from("DISPENSE", arguments));
      case RETURN -> sending(CabinetTransaction.from("RETURN", arguments));
      case WASTE -> sending(CabinetTransaction.from("WASTE", arguments));
      case DUPLICATE -> duplicate(CabinetTransaction.from("DISPENSE", arguments));
      case ORPHAN -> sending(orphan(arguments));
      case BILLING_TRIGGER -> {
        BillingTrigger trigger = BillingTrigger.from(arguments);
        yield cabinet -> cabinet.send(cabinet.messages().billingTrigger(trigger));
      }
      case UNSYNC_CONSULT -> {
        String consultId = arguments.required("consult");
        yield cabinet -> cabinet.send(cabinet.messages().unsyncConsult(consultId));
      }
      case MALFORMED -> cabinet -> cabinet.send(cabinet.messages().malformed());
      case INVALID -> cabinet -> cabinet.send(cabinet.messages().unknownVersion(unknownVersionDispense()));
      case LOAD -> LoadPlan.from(arguments)::run;
    };
  }

  private static Scenario listening(Arguments arguments, CabinetBehaviour behaviour) {
    Optional<Long> seconds = arguments.count("seconds", LONGEST_LISTEN_SECONDS);
    String nurse = CabinetTransaction.nurse(arguments);
    return cabinet -> {
      Instant until = seconds.map(Instant.now()::plusSeconds).orElse(Instant.MAX);
      CommandListener listener = new CommandListener(cabinet.messages(), new Schedule(), behaviour, nurse,
          cabinet.transcript());
      cabinet.transcript().note("listening for commands to this cabinet "
          + seconds.map(s -> "for " + s + " s").orElse("until Ctrl-C") + " (" + behaviour + ")");
      cabinet.connection().listen(listener, until, cabinet.stop(), cabinet.transcript());
    };
  }

  private static Scenario sending(CabinetTransaction transaction) {
    return cabinet -> cabinet.send(cabinet.messages().transaction(transaction));
  }

  /**
   * The same DISPENSE twice with one messageId (the broker's duplicate detection drops the second), then again with a
   * new messageId and the same transactionId (vetsync must not record or bill it twice).
   */
  private static Scenario duplicate(CabinetTransaction transaction) {
    return cabinet -> {
      OutgoingMessage original = cabinet.messages().transaction(transaction);
      cabinet.send(original);
      cabinet.send(original);
      cabinet.send(cabinet.messages().transaction(transaction));
    };
  }

  /** A DISPENSE for a consult that does not exist, which vetsync keeps as an orphan for staff to match. */
  private static CabinetTransaction orphan(Arguments arguments) {
    return new CabinetTransaction("DISPENSE", CabinetTransaction.transactionId(arguments),
        "NO-SUCH-CONSULT-" + UUID.randomUUID(), null, ProductReference.from(arguments), arguments.quantity(),
        CabinetTransaction.nurse(arguments));
  }

  private static CabinetTransaction unknownVersionDispense() {
    return new CabinetTransaction("DISPENSE", CabinetTransaction.newTransactionId(), "UNKNOWN-VERSION", null,
        ProductReference.productCode("UNKNOWN-VERSION"), BigDecimal.ONE, CabinetTransaction.DEFAULT_NURSE);
  }
}
