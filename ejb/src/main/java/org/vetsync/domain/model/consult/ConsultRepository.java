package org.vetsync.domain.model.consult;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ConsultRepository {

  Optional<Consult> find(String pimsId);

  /**
   * The consult, locked for the rest of the transaction: everything that changes one consult (practice-system edits,
   * dispenses from several cabinets) is serialised on this lock, so no update is lost.
   */
  Optional<Consult> lock(String pimsId);

  void store(Consult consult);

  /** Consults a cabinet still holds past the copy's expiry, oldest expiry first. */
  List<String> withExpiredCabinetSync(Instant now, int limit);

  /**
   * Consults a cabinet holds until a time in (now, until], not yet warned of, with items of products that cabinet
   * stocks still short of the plan; soonest expiry first.
   */
  List<String> nearExpiryNotWarned(Instant now, Instant until, int limit);

  /** Open consults of the patients of this client that some cabinet holds. */
  List<Consult> openAndSyncedForClient(String clientPimsId);
}
