package org.vetsync.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.vetsync.domain.model.job.ScheduledJobRepository;
import org.vetsync.domain.model.pharmacy.ClientDelta;
import org.vetsync.domain.model.pharmacy.ClientRecord;
import org.vetsync.domain.model.pharmacy.ExportChange;
import org.vetsync.domain.model.pharmacy.PetRecord;
import org.vetsync.domain.model.pharmacy.PharmacyExportRepository;
import org.vetsync.domain.model.pharmacy.PharmacyExportRepository.ClientRow;
import org.vetsync.domain.model.pharmacy.PharmacyExportRepository.PetRow;
import org.vetsync.domain.model.pharmacy.PharmacyExportRepository.SentClient;
import org.vetsync.domain.model.pharmacy.PharmacyExportRepository.SentPet;
import org.vetsync.domain.model.pharmacy.PharmacyExportRun;
import org.vetsync.domain.model.pharmacy.ReviewField;
import org.vetsync.domain.model.pharmacy.ReviewItem;

/**
 * Exports clients and pets to the home-delivery pharmacy: the first run sends everything, later runs only what the
 * rules allow (see {@link ClientDelta}). Each batch of clients is one transaction: the JSON batch on the queue, the
 * batch kept for download, what was sent remembered, review items raised and the run's checkpoint, together.
 */
@Stateless
public class PharmacyExport {

  private static final Logger LOG = Logger.getLogger(PharmacyExport.class.getName());

  /** Clients per batch: large enough for throughput, small enough for short transactions and a modest message. */
  static final int BATCH = 500;

  /**
   * One factory for every record: {@code JSON.createObjectBuilder()} looks the JSON provider up on the class path at
   * each call, which cost two thirds of a 100k-client export's CPU time.
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  @Inject private PharmacyExportRepository repository;
  @Inject private ScheduledJobRepository jobs;
  @Inject private PharmacyGateway gateway;
  @Inject private Clock clock;

  /**
   * A run requested by a user; an active run is returned instead of starting a second one. The export job's row
   * serialises requests, so two made at the same moment (two staff, two instances) get the same run.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long request(String requestedBy) {
    jobs.lockOrCreate(PharmacyExportSchedule.JOB);
    return requestHoldingJob(requestedBy);
  }

  /** A run requested by the schedule, whose transaction already holds the export job's row. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public long requestHoldingJob(String requestedBy) {
    Optional<PharmacyExportRun> active = repository.activeRun();
    if (active.isPresent()) {
      return active.get().getId();
    }
    PharmacyExportRun run = new PharmacyExportRun(requestedBy, clock.instant());
    repository.store(run);
    LOG.info(() -> "Pharmacy export run " + run.getId() + " requested by " + requestedBy);
    return run.getId();
  }

  /** @return the run that is due or under way (a run killed half-way resumes here), if any */
  public Optional<Long> activeRun() {
    return repository.activeRun().map(PharmacyExportRun::getId);
  }

  public Optional<Instant> lastFinished() {
    return repository.lastFinished().map(PharmacyExportRun::getFinishedAt);
  }

  /**
   * Exports the next batch of the run. The run's row is locked for the batch: when two instances drive the same run,
   * they take turns, each starting from the checkpoint the other committed. @return true while there is more to do
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean runNextBatch(long runId) {
    PharmacyExportRun run = repository.lockRun(runId).orElseThrow();
    if (!run.isActive()) {
      return false;
    }
    Instant now = clock.instant();
    if (run.getStatus() == PharmacyExportRun.Status.REQUESTED) {
      run.start(repository.countClients(), now);
    }
    // only the clients with something to send or review: a delta reads what changed, not the whole practice
    long after = run.getCheckpointClientId();
    List<ClientRow> clients = repository.clientsToExportAfter(after, BATCH);
    boolean last = clients.size() < BATCH;
    long upTo = last ? Long.MAX_VALUE : clients.get(clients.size() - 1).id();
    long passed = repository.countClients(after, upTo);
    Batch batch = compute(clients, now, true);
    boolean sent = !batch.records.isEmpty();
    if (sent) {
      int seq = run.getBatches() + 1;
      String messageId = UUID.randomUUID().toString();
      JsonArrayBuilder records = JSON.createArrayBuilder();
      batch.records.forEach(records::add);
      String payload = JSON.createObjectBuilder()
          .add("messageId", messageId)
          .add("type", "PHARMACY_EXPORT_BATCH")
          .add("schemaVersion", MessageEnvelope.SCHEMA_VERSION)
          .add("occurredAt", now.toString())
          .add("runId", runId)
          .add("sequence", seq)
          .add("records", records)
          .build()
          .toString();
      gateway.send(messageId, payload);
      repository.storeBatch(runId, seq, batch.records.size(), payload);
    }
    repository.remember(batch.sentClients, batch.sentPets);
    batch.approvedSent.forEach(review -> review.sentIn(runId));
    long checkpoint = clients.isEmpty() ? after : clients.get(clients.size() - 1).id();
    run.batchDone(checkpoint, passed, batch.changes, batch.newReviews, sent);
    if (last) {
      run.complete(now);
      LOG.info(() -> "Pharmacy export run " + runId + " complete: " + run.getNewClients() + " new clients ("
          + run.getLinkedClients() + " linked), " + run.getNewPets() + " new pets, " + run.getEmailChanges()
          + " email, " + run.getWeightChanges() + " weight, " + run.getDeceasedChanges() + " deceased, "
          + run.getApprovedChanges() + " approved changes, " + run.getReviewItems() + " held for review");
    }
    return !last;
  }

  /** What the next export would send and why, field by field, without sending or remembering anything. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<PreviewLine> preview(int limit) {
    List<PreviewLine> lines = new ArrayList<>();
    long after = 0;
    while (lines.size() < limit) {
      List<ClientRow> clients = repository.clientsToExportAfter(after, BATCH);
      if (clients.isEmpty()) {
        break;
      }
      lines.addAll(compute(clients, clock.instant(), false).preview);
      after = clients.get(clients.size() - 1).id();
    }
    return lines.size() > limit ? lines.subList(0, limit) : lines;
  }

  /** One line of the dry-run preview. */
  public record PreviewLine(String clientId, String change, String field, String before, String after) {}

  private static final class Batch {
    final List<JsonObject> records = new ArrayList<>();
    final List<ExportChange> changes = new ArrayList<>();
    final List<SentClient> sentClients = new ArrayList<>();
    final List<SentPet> sentPets = new ArrayList<>();
    final List<ReviewItem> approvedSent = new ArrayList<>();
    final List<PreviewLine> preview = new ArrayList<>();
    int newReviews;
  }

  private Batch compute(List<ClientRow> clients, Instant now, boolean forReal) {
    Batch batch = new Batch();
    List<Long> clientIds = clients.stream().map(ClientRow::id).toList();
    Map<Long, List<PetRow>> pets = repository.petsOf(clientIds);
    // only what was sent before can have a change under review: a first copy asks for none
    List<Long> sentClientIds = clients.stream().filter(c -> c.sent() != null).map(ClientRow::id).toList();
    List<Long> sentPetIds = pets.values().stream().flatMap(List::stream).filter(p -> p.sent() != null)
        .map(PetRow::id).toList();
    Map<String, ReviewItem> open = new HashMap<>();
    for (ReviewItem review : repository.undecidedOrInForce(sentClientIds, sentPetIds)) {
      open.put(reviewKey(review.getField(), review.getSubjectId()), review);
    }
    Map<Long, ClientRecord> neverSent = new HashMap<>();
    clients.stream().filter(c -> c.sent() == null).forEach(c -> neverSent.put(c.id(), c.current()));
    Map<Long, String> pharmacyRefs = repository.pharmacyMatches(neverSent);
    for (ClientRow client : clients) {
      List<PetRow> ownPets = pets.getOrDefault(client.id(), List.of());
      Map<Long, PetRecord> current = new LinkedHashMap<>();
      Map<Long, PetRecord> sent = new HashMap<>();
      Map<Long, PetRow> byId = new HashMap<>();
      for (PetRow pet : ownPets) {
        current.put(pet.id(), pet.current());
        byId.put(pet.id(), pet);
        if (pet.sent() != null) {
          sent.put(pet.id(), pet.sent());
        }
      }
      Map<String, String> approved = new HashMap<>();
      approve(open, ReviewField.CLIENT_NAME, client.id(), ReviewField.CLIENT_NAME.name(), approved);
      approve(open, ReviewField.CLIENT_ADDRESS, client.id(), ReviewField.CLIENT_ADDRESS.name(), approved);
      for (PetRow pet : ownPets) {
        approve(open, ReviewField.PET_NAME, pet.id(), "PET_NAME:" + pet.id(), approved);
      }
      String pharmacyRef = pharmacyRefs.get(client.id());
      ClientDelta delta = ClientDelta.between(client.current(), client.sent(), current, sent, approved, pharmacyRef);

      for (ExportChange change : delta.changes()) {
        batch.changes.add(change);
        batch.preview.add(new PreviewLine(client.pimsId(), change.kind().name(), change.field(), change.before(),
            change.after()));
        JsonObject record = record(client, pharmacyRef, change, current, byId, now);
        if (record != null) {
          batch.records.add(record);
        }
        if (change.kind() == ExportChange.Kind.APPROVED_CHANGE) {
          ReviewItem review = open.get(approvedKey(change.field(), client.id()));
          if (review != null) {
            batch.approvedSent.add(review);
          }
        }
      }
      for (ClientDelta.ReviewNeeded needed : delta.reviews()) {
        boolean rejected = rejectedBefore(open, client, needed);
        batch.preview.add(new PreviewLine(client.pimsId(), rejected ? "REJECTED_IN_REVIEW" : "HELD_FOR_REVIEW",
            needed.field().name(), needed.before(), needed.after()));
        if (forReal && !rejected) {
          batch.newReviews += raiseReview(open, client, byId, needed, now);
        }
      }
      if (delta.clientToRemember() != null) {
        batch.sentClients.add(new SentClient(client.id(), delta.clientToRemember(), pharmacyRef,
            client.sent() == null));
      }
      delta.petsToRemember().forEach((id, pet) -> batch.sentPets.add(new SentPet(id, pet, !sent.containsKey(id))));
    }
    return batch;
  }

  /**
   * Staff rejected exactly this change: it stays unsent and is not asked again, until the practice changes the value
   * once more.
   */
  private static boolean rejectedBefore(Map<String, ReviewItem> open, ClientRow client, ClientDelta.ReviewNeeded needed) {
    ReviewItem last = open.get(reviewKey(needed.field(), needed.petId() == null ? client.id() : needed.petId()));
    return last != null && last.getStatus() == ReviewItem.Status.REJECTED
        && Objects.equals(last.getNewValue(), needed.after());
  }

  private int raiseReview(
      Map<String, ReviewItem> open, ClientRow client, Map<Long, PetRow> pets, ClientDelta.ReviewNeeded needed,
      Instant now) {
    long subject = needed.petId() == null ? client.id() : needed.petId();
    ReviewItem existing = open.get(reviewKey(needed.field(), subject));
    if (existing != null && existing.getStatus() == ReviewItem.Status.PENDING) {
      if (!Objects.equals(existing.getNewValue(), needed.after())) {
        existing.supersede(needed.after(), now);
      }
      return 0;
    }
    String ref = needed.petId() == null ? client.pimsId() : pets.get(needed.petId()).pimsId();
    repository.store(new ReviewItem(needed.field(), subject, ref, needed.before(), needed.after(), now));
    LOG.info(() -> "Held " + needed.field() + " change of " + ref + " for review (not sent to the pharmacy)");
    return 1;
  }

  private static void approve(
      Map<String, ReviewItem> open, ReviewField field, long subject, String key, Map<String, String> approved) {
    ReviewItem review = open.get(reviewKey(field, subject));
    if (review != null && review.getStatus() == ReviewItem.Status.APPROVED) {
      approved.put(key, review.getNewValue());
    }
  }

  private static String reviewKey(ReviewField field, long subject) {
    return field.name() + ":" + subject;
  }

  private static String approvedKey(String changeField, long clientId) {
    if (changeField.startsWith("petName:")) {
      return reviewKey(ReviewField.PET_NAME, Long.parseLong(changeField.substring("petName:".length())));
    }
    return reviewKey(changeField.equals("name") ? ReviewField.CLIENT_NAME : ReviewField.CLIENT_ADDRESS, clientId);
  }

  /** The record the pharmacy receives for one change; null for a new pet of a new client (it rides in the client). */
  private static JsonObject record(
      ClientRow client, String pharmacyRef, ExportChange change, Map<Long, PetRecord> pets, Map<Long, PetRow> rows,
      Instant now) {
    JsonObjectBuilder json = JSON.createObjectBuilder().add("clientId", client.pimsId());
    switch (change.kind()) {
      case NEW_CLIENT, LINKED_CLIENT -> {
        json.add("kind", change.kind().name());
        if (pharmacyRef != null) {
          json.add("pharmacyRef", pharmacyRef);
        }
        addText(json, "name", client.current().name());
        addText(json, "address", client.current().address());
        addText(json, "phone", client.current().phone());
        addText(json, "email", client.current().email());
        JsonArrayBuilder list = JSON.createArrayBuilder();
        pets.forEach((id, pet) -> list.add(pet(rows.get(id).pimsId(), pet, now)));
        json.add("pets", list);
      }
      case NEW_PET -> {
        if (client.sent() == null) {
          return null;
        }
        long id = Long.parseLong(change.after());
        json.add("kind", "NEW_PET").add("pet", pet(rows.get(id).pimsId(), pets.get(id), now));
      }
      case EMAIL_CHANGE -> {
        json.add("kind", "EMAIL_CHANGE");
        addText(json, "email", change.after());
      }
      case WEIGHT_CHANGE -> json.add("kind", "WEIGHT_CHANGE")
          .add("petId", rows.get(petId(change.field())).pimsId())
          .add("weightKg", new BigDecimal(change.after()));
      case DECEASED_CHANGE -> json.add("kind", "DECEASED_CHANGE")
          .add("petId", rows.get(petId(change.field())).pimsId())
          .add("deceased", Boolean.parseBoolean(change.after()));
      case APPROVED_CHANGE -> {
        boolean petName = change.field().startsWith("petName:");
        json.add("kind", petName ? "PET_NAME_CHANGE" : change.field().equals("name") ? "NAME_CHANGE" : "ADDRESS_CHANGE");
        if (petName) {
          json.add("petId", rows.get(petId(change.field())).pimsId());
        }
        addText(json, "value", change.after());
        json.add("newPrescriptionRequired", petName);
      }
    }
    return json.build();
  }

  private static JsonObjectBuilder pet(String pimsId, PetRecord pet, Instant now) {
    JsonObjectBuilder json = JSON.createObjectBuilder().add("petId", pimsId);
    addText(json, "name", pet.name());
    addText(json, "breed", pet.breed());
    if (pet.dateOfBirth() != null) {
      json.add("dateOfBirth", pet.dateOfBirth().toString())
          .add("ageYears", Period.between(pet.dateOfBirth(), LocalDate.ofInstant(now, ZoneOffset.UTC)).getYears());
    }
    if (pet.weightKg() != null) {
      json.add("weightKg", pet.weightKg());
    }
    return json.add("deceased", pet.deceased());
  }

  private static long petId(String field) {
    return Long.parseLong(field.substring(field.indexOf(':') + 1));
  }

  private static void addText(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}
