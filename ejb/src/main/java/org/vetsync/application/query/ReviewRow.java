package org.vetsync.application.query;

import java.io.Serializable;
import java.time.Instant;

/**
 * A change the practice system made that waits for staff (or was decided) before the pharmacy may see it.
 *
 * @param subjectRef the practice system's id of the client or pet
 * @param sentInRun the export run that carried an approved change, once it did
 */
public record ReviewRow(
    long id,
    String subject,
    String subjectRef,
    String field,
    String oldValue,
    String newValue,
    String changedBy,
    Instant detectedAt,
    String status,
    String decidedBy,
    Instant decidedAt,
    String decisionReason,
    boolean newPrescriptionRequired,
    Long sentInRun)
    implements Serializable {}
