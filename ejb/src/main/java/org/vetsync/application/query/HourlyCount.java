package org.vetsync.application.query;

import java.time.Instant;
import org.vetsync.domain.model.sync.SyncEventStatus;

/** How many events received in the hour starting at {@code hour} are now in this status. */
public record HourlyCount(Instant hour, SyncEventStatus status, long events) {}
