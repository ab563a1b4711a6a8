package org.vetsync.domain.model.pharmacy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the pharmacy export reads and remembers; built for 100k clients: batches by id, no whole-table loads. */
public interface PharmacyExportRepository {

  /** A client of one batch: the practice's record now, and what was last sent (null if never). */
  record ClientRow(long id, String pimsId, ClientRecord current, ClientRecord sent) {}

  /** A pet of one batch. */
  record PetRow(long id, long clientId, String pimsId, PetRecord current, PetRecord sent) {}

  long countClients();

  /**
   * The next clients after this id, in id order, that the export has something to do for: never sent, or a field it
   * sends or reviews differs from what was last sent (the client's or one of their pets').
   */
  List<ClientRow> clientsToExportAfter(long clientId, int limit);

  /** Clients with afterId &lt; id &lt;= upToId: how far a run got, counting the clients it had nothing to send for. */
  long countClients(long afterId, long upToId);

  /** Pets of these clients, by client id. */
  Map<Long, List<PetRow>> petsOf(Collection<Long> clientIds);

  /**
   * The pharmacy's references for the clients of a batch it already knows (same email, or same phone and name), by
   * client id; one round trip per batch.
   */
  Map<Long, String> pharmacyMatches(Map<Long, ClientRecord> clients);

  /** What a batch sent for one client, to remember. */
  record SentClient(long clientId, ClientRecord sent, String pharmacyRef, boolean firstTime) {}

  /** What a batch sent for one pet, to remember. */
  record SentPet(long patientId, PetRecord sent, boolean firstTime) {}

  /** Remembers what one batch sent, in one round trip per kind of statement. */
  void remember(List<SentClient> clients, List<SentPet> pets);

  void storeBatch(long runId, int seq, int records, String payload);

  /** Up to {@code max} batches of a run, in order, after the first {@code skip}: the downloadable file, in parts. */
  List<String> batches(long runId, int skip, int max);

  void knownClient(String pharmacyRef, String name, String email, String phone);

  // runs and review items (JPA entities)
  void store(PharmacyExportRun run);

  Optional<PharmacyExportRun> run(long id);

  /** The run, locked until the transaction ends. */
  Optional<PharmacyExportRun> lockRun(long id);

  /** The oldest run that was requested or is running (resumed after a restart). */
  Optional<PharmacyExportRun> activeRun();

  Optional<PharmacyExportRun> lastFinished();

  List<PharmacyExportRun> recentRuns(int limit);

  void store(ReviewItem item);

  Optional<ReviewItem> review(long id);

  /**
   * Pending, approved and rejected review items of these subjects (client ids and pet ids), oldest first, so that the
   * last one of a subject and field is the decision in force.
   */
  List<ReviewItem> undecidedOrInForce(Collection<Long> clientIds, Collection<Long> petIds);

  List<ReviewItem> pendingReviews();
}
