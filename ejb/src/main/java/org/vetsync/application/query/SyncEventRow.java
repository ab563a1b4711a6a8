package org.vetsync.application.query;

import java.time.Instant;
import org.vetsync.domain.model.sync.SyncEvent;

/** One dashboard row: what staff need to see about a sync event, without the payload. */
public record SyncEventRow(
    long id,
    Instant receivedAt,
    String direction,
    String type,
    String status,
    String cabinet,
    String consult,
    String messageId,
    int attempts,
    String error) {

  static SyncEventRow of(SyncEvent e) {
    return new SyncEventRow(
        e.getId(),
        e.getReceivedAt(),
        e.getDirection().name(),
        e.getType().label(),
        e.getStatus().label(),
        e.getCabinetCode(),
        e.getConsultRef(),
        e.getMessageId(),
        e.getAttempts(),
        e.getError());
  }
}
