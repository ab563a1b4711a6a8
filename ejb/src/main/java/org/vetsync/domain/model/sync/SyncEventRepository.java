package org.vetsync.domain.model.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface SyncEventRepository {

  void store(SyncEvent event);

  Optional<SyncEvent> find(long id);

  /** The accepted (not rejected) inbound event that carried this messageId, if any. */
  Optional<SyncEvent> findAcceptedInbound(String messageId);

  /** The command vetsync sent under this messageId. */
  Optional<SyncEvent> findOutbound(String messageId);

  /** Commands still waiting for their acknowledgement since before the cutoff, oldest first. */
  List<SyncEvent> awaitingAcknowledgementSince(Instant cutoff, int limit);

  long count(SyncEventStatus status);
}
