package org.vetsync.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.vetsync.domain.model.client.Client;
import org.vetsync.domain.model.consult.Consult;
import org.vetsync.domain.model.consult.ConsultItem;
import org.vetsync.domain.model.patient.Patient;
import org.vetsync.domain.model.sync.SyncEventType;

/** Writes what vetsync sends to cabinets, field for field as jms-config/contract/README.md describes it. */
final class CommandMessages {

  private CommandMessages() {}

  static JsonObjectBuilder envelope(SyncEventType type, String cabinetId, Instant now) {
    return ContractJson.PROVIDER.createObjectBuilder()
        .add("messageId", UUID.randomUUID().toString())
        .add("type", type.name())
        .add("schemaVersion", MessageEnvelope.SCHEMA_VERSION)
        .add("occurredAt", now.toString())
        .add("cabinetId", cabinetId);
  }

  static JsonObject acknowledgement(Acknowledgement ack, Instant now) {
    JsonObjectBuilder json =
        envelope(SyncEventType.ACKNOWLEDGEMENT, ack.cabinetId(), now)
            .add("accepted", ack.accepted())
            .add("duplicate", ack.duplicate());
    if (ack.inReplyTo() != null) {
      json.add("inReplyTo", ack.inReplyTo());
    }
    if (ack.reason() != null) {
      json.add("reason", ack.reason());
    }
    return json.build();
  }

  static JsonObject syncConsult(Consult consult, String cabinetId, Instant expiresAt, Instant now) {
    JsonObjectBuilder json =
        envelope(SyncEventType.SYNC_CONSULT, cabinetId, now)
            .add("consultId", consult.getPimsId())
            .add("expiresAt", expiresAt.toString())
            .add("patient", patient(consult.getPatient()))
            .add("client", client(consult.getPatient().getClient()));
    optional(json, "vet", consult.getVet());
    return json.build();
  }

  static JsonObject patientUpdate(Consult consult, String cabinetId, Instant now) {
    return envelope(SyncEventType.PATIENT_UPDATE, cabinetId, now)
        .add("consultId", consult.getPimsId())
        .add("patient", patient(consult.getPatient()))
        .add("client", client(consult.getPatient().getClient()))
        .build();
  }

  static JsonObject profile(
      SyncEventType type, ConsultItem item, String cabinetId, String itemCode, BigDecimal quantity, Instant now) {
    return envelope(type, cabinetId, now)
        .add("consultId", item.getConsult().getPimsId())
        .add("itemId", item.getPimsId())
        .add("productCode", item.getProduct().getCode())
        .add("itemCode", itemCode)
        .add("quantity", quantity)
        .build();
  }

  static JsonObject unsyncConsult(Consult consult, String cabinetId, String reason, Instant now) {
    return envelope(SyncEventType.UNSYNC_CONSULT, cabinetId, now)
        .add("consultId", consult.getPimsId())
        .add("reason", reason)
        .build();
  }

  /** The same command under a new messageId and time, for a retry. */
  static JsonObject renewed(JsonObject command, Instant now) {
    return ContractJson.PROVIDER.createObjectBuilder(command)
        .add("messageId", UUID.randomUUID().toString())
        .add("occurredAt", now.toString())
        .build();
  }

  private static JsonObjectBuilder patient(Patient patient) {
    JsonObjectBuilder json = ContractJson.PROVIDER.createObjectBuilder().add("name", patient.getName());
    optional(json, "patientId", patient.getPimsId());
    optional(json, "species", patient.getSpecies());
    optional(json, "breed", patient.getBreed());
    optional(json, "dateOfBirth", patient.getDateOfBirth() == null ? null : patient.getDateOfBirth().toString());
    if (patient.getWeightKg() != null) {
      json.add("weightKg", patient.getWeightKg());
    }
    return json;
  }

  private static JsonObjectBuilder client(Client client) {
    JsonObjectBuilder json = ContractJson.PROVIDER.createObjectBuilder();
    if (client == null) {
      return json;
    }
    json.add("clientId", client.getPimsId()).add("name", client.getName());
    optional(json, "dateOfBirth", client.getDateOfBirth() == null ? null : client.getDateOfBirth().toString());
    optional(json, "sex", client.getSex());
    optional(json, "idNumber", client.getIdNumber());
    return json;
  }

  private static void optional(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}
