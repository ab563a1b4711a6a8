package org.vetsync.application.query;

import java.io.Serializable;
import java.time.Instant;

/**
 * A timer-driven job as staff check it: how often it runs, when it next has work, and what its last run did.
 *
 * @param nextDue when the job next has work to do; null when nothing is due (then {@code nextDueNote} says why)
 * @param nextDueNote what the due time means, or why there is none
 * @param runs how many times the job did its work
 * @param counts what the job has done so far, in words
 */
public record JobRow(
    String name,
    String title,
    String interval,
    Instant nextDue,
    String nextDueNote,
    Instant lastStartedAt,
    Instant lastFinishedAt,
    String lastOutcome,
    long runs,
    String counts)
    implements Serializable {}
