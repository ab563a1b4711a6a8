package org.vetsync.application.query;

import java.time.Instant;
import org.vetsync.domain.model.sync.SyncEventStatus;
import org.vetsync.domain.model.sync.SyncEventType;

/**
 * What staff narrowed the dashboard to; null (or blank) means "any". Cabinet, consult and patient match exactly: they
 * are ids staff copy from a label or a screen. The search matches the beginning of a consult, patient, cabinet or
 * message id, so it reads indexes instead of scanning every event's text.
 *
 * @param from inclusive
 * @param to exclusive
 */
public record EventFilter(
    SyncEventStatus status,
    String cabinet,
    String consult,
    String patient,
    SyncEventType type,
    Instant from,
    Instant to,
    String search) {

  public static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null, null);

  public EventFilter {
    cabinet = text(cabinet);
    consult = text(consult);
    patient = text(patient);
    search = text(search);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
