package org.vetsync.application.query;

import java.util.Map;

/**
 * Work waiting for staff: open orphan dispenses by reason (label to count, in the reasons' order), and temporary
 * patients not yet allocated.
 */
public record Backlog(Map<String, Long> openOrphans, long unallocatedPatients) {}
