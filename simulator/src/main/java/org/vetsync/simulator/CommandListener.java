package org.vetsync.simulator;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cabinet's side of {@code vetsync.cabinet.commands}: answers each command with an ACKNOWLEDGEMENT and keeps the
 * schedule the commands describe. Works on message text only, so the broker is not needed to exercise it.
 */
final class CommandListener {

  private static final List<String> SHOWN_FIELDS = List.of(
      "consultId", "itemId", "productCode", "itemCode", "quantity", "reason", "inReplyTo", "accepted", "duplicate");

  private final CabinetMessages messages;
  private final Schedule schedule;
  private final CabinetBehaviour behaviour;
  private final String nurse;
  private final Transcript transcript;

  CommandListener(CabinetMessages messages, Schedule schedule, CabinetBehaviour behaviour, String nurse,
      Transcript transcript) {
    this.messages = messages;
    this.schedule = schedule;
    this.behaviour = behaviour;
    this.nurse = nurse;
    this.transcript = transcript;
  }

  /** What the cabinet sends in response to one message from the commands queue: nothing, or an answer and dispenses. */
  List<OutgoingMessage> onCommand(String text) {
    JsonObject command;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      command = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      transcript.received("an unreadable command: " + e.getMessage());
      return List.of(messages.acknowledgement(null, false, "not a JSON object: " + e.getMessage()));
    }
    transcript.received(describe(command));
    String type = command.getString("type", "");
    if (type.equals("ACKNOWLEDGEMENT")) {
      // vetsync's answer to one of this cabinet's events: answering it would start an endless exchange
      return List.of();
    }
    String messageId = command.getString("messageId", null);
    if (messageId == null) {
      return List.of(messages.acknowledgement(null, false, "the command has no messageId"));
    }
    if (behaviour == CabinetBehaviour.REJECT) {
      return List.of(
          messages.acknowledgement(messageId, false, "rejected by the cabinet simulator (--reject-commands)"));
    }
    try {
      List<CabinetTransaction> dispenses = follow(type, command);
      List<OutgoingMessage> replies = new ArrayList<>();
      replies.add(messages.acknowledgement(messageId, true, null));
      dispenses.forEach(dispense -> replies.add(messages.transaction(dispense)));
      return replies;
    } catch (UnusableCommand e) {
      return List.of(messages.acknowledgement(messageId, false, e.getMessage()));
    }
  }

  /** Updates the schedule as the command says; returns what the nurse dispenses in response, if anything. */
  private List<CabinetTransaction> follow(String type, JsonObject command) {
    switch (type) {
      case "SYNC_CONSULT" -> {
        schedule.syncConsult(text(command, "consultId"), patientId(command));
        return List.of();
      }
      case "SYNC_PROFILE" -> {
        String consultId = text(command, "consultId");
        String itemId = text(command, "itemId");
        schedule.plan(consultId, itemId, profile(command, true));
        return behaviour == CabinetBehaviour.DISPENSE_SCHEDULED ? dispenseOutstanding(consultId, itemId) : List.of();
      }
      case "UNSYNC_PROFILE" -> {
        schedule.plan(text(command, "consultId"), text(command, "itemId"), profile(command, false));
        return List.of();
      }
      case "UNSYNC_CONSULT" -> {
        schedule.dropConsult(text(command, "consultId"));
        return List.of();
      }
      case "PATIENT_UPDATE" -> {
        schedule.updatePatient(text(command, "consultId"), patientId(command));
        return List.of();
      }
      default -> throw new UnusableCommand("unknown command type '" + type + "'");
    }
  }

  private List<CabinetTransaction> dispenseOutstanding(String consultId, String itemId) {
    ScheduledItem item = schedule.item(consultId, itemId).orElseThrow();
    BigDecimal quantity = item.outstanding();
    if (quantity.signum() == 0) {
      return List.of();
    }
    CabinetTransaction dispense = new CabinetTransaction("DISPENSE", CabinetTransaction.newTransactionId(), consultId,
        schedule.patientOf(consultId).orElse(null), item.reference(), quantity, nurse);
    schedule.recordDispensed(consultId, itemId, quantity);
    return List.of(dispense);
  }

  private static ScheduledItem profile(JsonObject command, boolean synced) {
    String productCode = command.getString("productCode", null);
    String itemCode = command.getString("itemCode", null);
    if (productCode == null && itemCode == null) {
      throw new UnusableCommand("the profile names neither productCode nor itemCode");
    }
    if (!(command.get("quantity") instanceof JsonNumber number)) {
      throw new UnusableCommand("quantity is missing or not a number");
    }
    BigDecimal quantity = number.bigDecimalValue();
    if (quantity.signum() < 0 || (synced && quantity.signum() == 0)) {
      throw new UnusableCommand("quantity " + quantity + " is out of range");
    }
    return ScheduledItem.scheduled(productCode, itemCode, quantity);
  }

  private static String patientId(JsonObject command) {
    return command.get("patient") instanceof JsonObject patient ? patient.getString("patientId", null) : null;
  }

  private static String text(JsonObject command, String field) {
    if (!(command.get(field) instanceof JsonString value) || value.getString().isBlank()) {
      throw new UnusableCommand(field + " is missing or not a string");
    }
    return value.getString();
  }

  private static String describe(JsonObject command) {
    return Stream.concat(
            Stream.of(command.getString("type", "(no type)"), "messageId=" + command.getString("messageId", "-")),
            SHOWN_FIELDS.stream().filter(command::containsKey).map(field -> field + "=" + shown(command.get(field))))
        .collect(Collectors.joining(" "));
  }

  private static String shown(JsonValue value) {
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  /** A command this cabinet cannot follow; answered with {@code accepted: false} and the reason. */
  private static final class UnusableCommand extends RuntimeException {
    UnusableCommand(String message) {
      super(message);
    }
  }
}
