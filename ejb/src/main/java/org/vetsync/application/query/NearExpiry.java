package org.vetsync.application.query;

import java.time.Instant;

/** A consult a cabinet drops soon, with items planned for that cabinet that it has not dispensed in full. */
public record NearExpiry(String consult, String patient, String cabinet, Instant expiresAt, long undispensedItems) {}
