package org.vetsync.application.query;

import java.time.Instant;

/** One dashboard row: what staff need to see about a sync event, without the payload. */
public record SyncEventRow(
    long id,
    Instant receivedAt,
    String direction,
    String type,
    String status,
    String cabinet,
    String consult,
    String patient,
    String messageId,
    int attempts,
    String error) {}
