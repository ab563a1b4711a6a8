package org.vetsync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetsync.testsupport.ConsoleClient;
import org.vetsync.testsupport.Database;
import org.vetsync.testsupport.Poll;
import org.vetsync.testsupport.PracticeClient;
import org.vetsync.testsupport.Scenario;
import org.vetsync.testsupport.TestEnvironment;

/**
 * The pharmacy export over the real stack: a full first copy, then only the allowed deltas; name, address and
 * pet-name changes held for review until approved; a client the pharmacy knows linked, not duplicated; a re-run sends
 * nothing twice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PharmacyExportIT {

  private final TestEnvironment env = TestEnvironment.get();
  private final Database db = env.database();

  @Test
  void firstCopyThenOnlyAllowedDeltasAndReviewedChangesOnceApproved() {
    ConsoleClient admin = new ConsoleClient(env.appUrl());
    admin.login("/console/events.xhtml", "admin", env.consoleAdminPassword());
    Scenario s;
    String known = "CL-KNOWN-" + System.nanoTime();
    try (PracticeClient practice = env.practice()) {
      s = Scenario.create(practice, db);
      practice.client(known, "Bea Known", "ID-" + known);
      db.awaitEvent(practice.patient("PT-" + known, known, "Tibbles"));
    }
    assertEquals(200, admin.act("pharmacy/known-clients", Json.createObjectBuilder().add("pharmacyRef", "VS-" + known)
        .add("email", known.toUpperCase() + "@EXAMPLE.ORG").build().toString()).statusCode());

    Map<String, List<JsonObject>> first = export(admin);
    JsonObject full = only(first, s.client);
    assertEquals("NEW_CLIENT", full.getString("kind"));
    assertEquals("Ann Owner", full.getString("name"));
    assertEquals("1 High Street", full.getString("address"));
    assertEquals("555-0100", full.getString("phone"));
    assertEquals(s.client + "@example.org", full.getString("email"));
    JsonObject pet = full.getJsonArray("pets").getJsonObject(0);
    assertEquals("Rex", pet.getString("name"));
    assertEquals("Labrador", pet.getString("breed"));
    assertEquals(0, new BigDecimal("31.4").compareTo(pet.getJsonNumber("weightKg").bigDecimalValue()));
    assertTrue(pet.containsKey("ageYears"));
    JsonObject linked = only(first, known);
    assertEquals("LINKED_CLIENT", linked.getString("kind"), "matched by email, case-insensitively");
    assertEquals("VS-" + known, linked.getString("pharmacyRef"));

    try (PracticeClient practice = env.practice()) {
      practice.send("CLIENT_UPSERT", Json.createObjectBuilder().add("clientId", s.client).add("name", "Ann Smith")
          .add("address", "9 New Road").add("phone", "555-0199").add("email", "ann.smith@example.org")
          .add("dateOfBirth", "1980-05-17").add("sex", "F").add("idNumber", "ID-" + s.client));
      db.awaitEvent(practice.send("PATIENT_UPSERT", Json.createObjectBuilder().add("patientId", s.patient)
          .add("clientId", s.client).add("name", "Max").add("species", "Canine").add("breed", "Labrador")
          .add("weightKg", 29.0).add("deceased", true)));
    }

    JsonArray preview = json(admin.read("pharmacy/preview?limit=2000")).getJsonArray("lines");
    List<String> previewed = preview.getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getString("clientId").equals(s.client))
        .map(l -> l.getString("change") + (l.getString("change").equals("HELD_FOR_REVIEW") ? ":" + l.getString("field") : ""))
        .sorted().toList();
    assertEquals(List.of("DECEASED_CHANGE", "EMAIL_CHANGE", "HELD_FOR_REVIEW:CLIENT_ADDRESS",
        "HELD_FOR_REVIEW:CLIENT_NAME", "HELD_FOR_REVIEW:PET_NAME", "WEIGHT_CHANGE"), previewed);

    Map<String, List<JsonObject>> second = export(admin);
    List<String> kinds = second.get(s.client).stream().map(r -> r.getString("kind")).sorted().toList();
    assertEquals(List.of("DECEASED_CHANGE", "EMAIL_CHANGE", "WEIGHT_CHANGE"), kinds,
        "name, address and pet name are not sent automatically; the phone is not a delta");
    assertFalse(second.containsKey(known), "nothing changed for the linked client");

    JsonArray reviews = json(admin.read("pharmacy/reviews")).getJsonArray("reviews");
    Map<String, Long> ids = reviews.getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("subjectId").equals(s.client) || r.getString("subjectId").equals(s.patient))
        .collect(Collectors.toMap(r -> r.getString("field"), r -> r.getJsonNumber("id").longValue()));
    assertEquals(3, ids.size(), ids.toString());
    assertEquals(200, admin.act("pharmacy/reviews/" + ids.get("CLIENT_NAME") + "/approve", null).statusCode());
    assertEquals(200, admin.act("pharmacy/reviews/" + ids.get("PET_NAME") + "/approve", null).statusCode());
    assertEquals(409, admin.act("pharmacy/reviews/" + ids.get("CLIENT_ADDRESS") + "/reject", "{}").statusCode(),
        "a rejection needs a reason");
    assertEquals(200, admin.act("pharmacy/reviews/" + ids.get("CLIENT_ADDRESS") + "/reject",
        "{\"reason\": \"client confirmed the old address is still the delivery address\"}").statusCode());

    Map<String, List<JsonObject>> third = export(admin);
    Map<String, JsonObject> approved = third.get(s.client).stream()
        .collect(Collectors.toMap(r -> r.getString("kind"), r -> r));
    assertEquals(2, approved.size(), approved.toString());
    assertEquals("Ann Smith", approved.get("NAME_CHANGE").getString("value"));
    assertFalse(approved.get("NAME_CHANGE").getBoolean("newPrescriptionRequired"));
    assertEquals("Max", approved.get("PET_NAME_CHANGE").getString("value"));
    assertTrue(approved.get("PET_NAME_CHANGE").getBoolean("newPrescriptionRequired"), "pharmacy regulation");

    assertFalse(export(admin).containsKey(s.client), "a re-run sends nothing already sent");
    assertTrue(json(admin.read("pharmacy/reviews")).getJsonArray("reviews").getValuesAs(JsonObject.class).stream()
            .noneMatch(r -> r.getString("subjectId").equals(s.client)),
        "the rejected address is not asked again: " + json(admin.read("pharmacy/reviews")));
    assertTrue(json(admin.read("pharmacy/preview?limit=2000")).getJsonArray("lines").getValuesAs(JsonObject.class)
        .stream().anyMatch(l -> l.getString("clientId").equals(s.client)
            && l.getString("change").equals("REJECTED_IN_REVIEW") && l.getString("field").equals("CLIENT_ADDRESS")));
  }

  /** Runs an export to the end and returns its records by client id. */
  private Map<String, List<JsonObject>> export(ConsoleClient admin) {
    HttpResponse<String> started = admin.act("pharmacy/exports", null);
    assertEquals(200, started.statusCode(), started.body());
    long runId = json(started).getJsonNumber("runId").longValue();
    JsonObject run = Poll.until("export run " + runId + " to complete", Duration.ofSeconds(60), () -> {
      JsonObject state = json(admin.read("pharmacy/exports/" + runId));
      return state.getString("status").equals("COMPLETE") ? Optional.of(state) : Optional.empty();
    });
    assertEquals(run.getJsonNumber("clientsTotal").longValue(), run.getJsonNumber("clientsDone").longValue());
    String file = admin.read("pharmacy/exports/" + runId + "/file").body();
    return file.lines().filter(l -> !l.isBlank())
        .flatMap(l -> Json.createReader(new StringReader(l)).readObject().getJsonArray("records")
            .getValuesAs(JsonObject.class).stream())
        .collect(Collectors.groupingBy(r -> r.getString("clientId")));
  }

  private static JsonObject only(Map<String, List<JsonObject>> records, String clientId) {
    List<JsonObject> forClient = records.get(clientId);
    assertEquals(1, forClient == null ? 0 : forClient.size(), "records for " + clientId + ": " + forClient);
    return forClient.get(0);
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
