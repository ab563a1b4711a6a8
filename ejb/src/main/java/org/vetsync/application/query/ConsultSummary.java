package org.vetsync.application.query;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The head of a consult's timeline: whose consult it is, who treats, and which cabinets hold it. */
public record ConsultSummary(
    String consultId,
    String patientId,
    String patientName,
    String species,
    String breed,
    String clientName,
    String vet,
    Instant openedAt,
    Instant closedAt,
    List<CabinetHolding> cabinets)
    implements Serializable {

  public boolean open() {
    return closedAt == null;
  }
}
