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

  List<ClientRow> clientsAfter(long clientId, int limit);

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

  /** The batches of a run, in order, for the downloadable file. */
  List<String> batches(long runId);

  void knownClient(String pharmacyRef, String name, String email, String phone);

  // runs and review items (JPA entities)
  void store(PharmacyExportRun run);

  Optional<PharmacyExportRun> run(long id);

  /** The oldest run that was requested or is running (resumed after a restart). */
  Optional<PharmacyExportRun> activeRun();

  Optional<PharmacyExportRun> lastFinished();

  List<PharmacyExportRun> recentRuns(int limit);

  void store(ReviewItem item);

  Optional<ReviewItem> review(long id);

  /** Pending and approved review items of these subjects (client ids and pet ids). */
  List<ReviewItem> openReviews(Collection<Long> clientIds, Collection<Long> petIds);

  List<ReviewItem> pendingReviews();
}
