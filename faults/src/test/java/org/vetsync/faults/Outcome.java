package org.vetsync.faults;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.vetsync.testsupport.CabinetClient;
import org.vetsync.testsupport.Database;
import org.vetsync.testsupport.Poll;

/**
 * What became of a run, read back the way an auditor would: from the database (dispenses, invoice lines, consult
 * items, sync events), the acknowledgements vetsync sent the cabinet, and the broker (queues, prepared branches).
 */
final class Outcome {

  private static final Logger LOG = Logger.getLogger(Outcome.class.getName());

  static final String EVENTS = "vetsync.cabinet.events";
  static final String DLQ = "vetsync.dlq";

  final Map<String, Object> figures = new LinkedHashMap<>();
  final long unconfirmed;
  /** Confirmed by the broker and not recorded when the bound passed. */
  final long missing;
  final long duplicateInvoiceLines;
  final long unbilled;
  final long appliedTwice;
  final long acceptedTwice;
  final long duplicateAcknowledgements;
  final long unacknowledged;
  final long preparedDatabase;
  final long preparedBroker;

  private Outcome(FaultStack stack, DispenseLoad load, Set<String> recorded) {
    Database db = stack.db;
    String prefix = load.transactionPrefix() + "%";
    Map<String, String> transactionOf = load.events.stream()
        .collect(Collectors.toMap(DispenseLoad.Event::messageId, DispenseLoad.Event::transactionId));
    unconfirmed = load.events.size() - load.confirmed.size();
    missing = load.confirmed.stream().map(transactionOf::get).filter(t -> !recorded.contains(t)).count();

    long lines = 0;
    long twice = 0;
    long none = 0;
    for (Map<String, Object> row : db.query("select d.transaction_id, count(il.id) as lines from dispense d "
        + "left join invoice_line il on il.source_dispense_id = d.id where d.transaction_id like ? "
        + "group by d.transaction_id", prefix)) {
      long n = ((Number) row.get("lines")).longValue();
      lines += n;
      twice += Math.max(0, n - 1);
      none += n == 0 ? 1 : 0;
    }
    duplicateInvoiceLines = twice;
    unbilled = none;
    Number applied = (Number) db.value("select coalesce(sum(ci.dispensed_quantity), 0) from consult_item ci "
        + "join consult c on ci.consult_id = c.id where c.pims_id like ?", load.ward.scenario.consult + "-%");
    appliedTwice = applied.longValue() - recorded.size();
    acceptedTwice = db.query("select message_id from sync_event where cabinet_code = ? and direction = 'INBOUND' "
        + "and event_type = 'DISPENSE' and status <> 'REJECTED' group by message_id having count(*) > 1",
        load.ward.cabinet()).size();

    Acceptances acceptances = acceptances(stack, load.ward.cabinet());
    duplicateAcknowledgements = acceptances.first.values().stream().filter(n -> n > 1).count();
    unacknowledged = load.confirmed.stream()
        .filter(m -> !acceptances.first.containsKey(m) && !acceptances.asDuplicate.contains(m)).count();
    long onlyAsDuplicate = load.confirmed.stream()
        .filter(m -> !acceptances.first.containsKey(m) && acceptances.asDuplicate.contains(m)).count();
    preparedDatabase = stack.preparedDatabaseTransactions();
    preparedBroker = stack.management.preparedTransactions();

    figures.put("events", load.events.size());
    figures.put("sends", load.sends.get());
    figures.put("repeatedSends", load.repeats.get());
    figures.put("failedSends", load.failedSends.get());
    figures.put("confirmedByBroker", load.confirmed.size());
    figures.put("recorded", recorded.size());
    figures.put("missing", missing);
    figures.put("invoiceLines", lines);
    figures.put("duplicateInvoiceLines", duplicateInvoiceLines);
    figures.put("unbilled", unbilled);
    figures.put("unitsAppliedTwice", appliedTwice);
    figures.put("acceptedTwice", acceptedTwice);
    figures.put("duplicateAcknowledgements", duplicateAcknowledgements);
    figures.put("unacknowledged", unacknowledged);
    figures.put("acknowledgedOnlyAsDuplicate", onlyAsDuplicate);
    figures.put("preparedPostgresql", preparedDatabase);
    figures.put("preparedBroker", preparedBroker);
  }

  /**
   * Waits until the broker holds nothing more for vetsync, no branch is left prepared and every confirmed event is
   * recorded (or the bound passes), then reads the outcome.
   */
  static Outcome await(FaultStack stack, DispenseLoad load, Duration bound) {
    long began = System.nanoTime();
    Set<String> wanted = load.events.stream().filter(e -> load.confirmed.contains(e.messageId()))
        .map(DispenseLoad.Event::transactionId).collect(Collectors.toSet());
    Set<String> recorded = new HashSet<>();
    try {
      Poll.until("the backlog to drain", bound, () -> {
        recorded.clear();
        recorded.addAll(recorded(stack.db, load.transactionPrefix()));
        // a branch left prepared by the fault is resolved by the server's periodic retry, within the same bound
        return recorded.containsAll(wanted) && stack.management.messageCount(EVENTS) == 0
            && stack.preparedDatabaseTransactions() == 0 && stack.management.preparedTransactions() == 0
            ? Optional.of(true) : Optional.empty();
      });
    } catch (AssertionError timedOut) {
      // the figures below say what is missing; a bare timeout would not
    }
    Outcome outcome = new Outcome(stack, load, recorded(stack.db, load.transactionPrefix()));
    outcome.figures.put("drainSeconds", Math.round((System.nanoTime() - began) / 1e8) / 10.0);
    return outcome;
  }

  /** Nothing lost, nothing billed or applied twice, each event accepted and answered once, no branch left prepared. */
  boolean exactlyOnce() {
    return unconfirmed == 0 && missing == 0 && duplicateInvoiceLines == 0 && unbilled == 0 && appliedTwice == 0 && acceptedTwice == 0
        && duplicateAcknowledgements == 0 && unacknowledged == 0 && preparedDatabase == 0 && preparedBroker == 0;
  }

  /** Writes the figures where docs/RELIABILITY.md takes them from, and returns them as one line. */
  String report(String test) {
    return report(test, figures);
  }

  static String report(String test, Map<String, Object> figures) {
    Path dir = Path.of(System.getProperty("vetsync.faults.results", "target/fault-results"));
    StringBuilder text = new StringBuilder();
    figures.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(test + ".properties"), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String line = test + " " + figures;
    LOG.info(() -> "Fault test " + test + " figures (also in " + dir.resolve(test + ".properties") + "): " + figures);
    return line;
  }

  private static Set<String> recorded(Database db, String transactionPrefix) {
    return db.query("select transaction_id from dispense where transaction_id like ?", transactionPrefix + "%")
        .stream().map(r -> (String) r.get("transaction_id")).collect(Collectors.toSet());
  }

  /**
   * The "accepted" answers the cabinet received: per messageId, how many were first answers (exactly one is right),
   * and which messageIds were answered "accepted, already received". A cabinet that missed the first answer and hears
   * the second knows its event is recorded; one that hears neither would resend forever.
   */
  private record Acceptances(Map<String, Integer> first, Set<String> asDuplicate) {}

  private static Acceptances acceptances(FaultStack stack, String cabinet) {
    Acceptances seen = new Acceptances(new HashMap<>(), new HashSet<>());
    String queue = "vetsync.cabinet.commands." + cabinet;
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    try (CabinetClient client = stack.env.cabinet()) {
      while (true) {
        Optional<JsonObject> command = client.awaitCommand(cabinet, null, Duration.ofSeconds(2));
        if (command.isEmpty()) {
          // an empty receive while paged messages are still being read back is not the end of the queue
          if (stack.management.messageCount(queue) == 0 || System.nanoTime() > deadline) {
            return seen;
          }
          continue;
        }
        JsonObject ack = command.get();
        if ("ACKNOWLEDGEMENT".equals(ack.getString("type")) && ack.getBoolean("accepted", false)
            && ack.containsKey("inReplyTo")) {
          if (ack.getBoolean("duplicate", false)) {
            seen.asDuplicate.add(ack.getString("inReplyTo"));
          } else {
            seen.first.merge(ack.getString("inReplyTo"), 1, Integer::sum);
          }
        }
      }
    }
  }
}
