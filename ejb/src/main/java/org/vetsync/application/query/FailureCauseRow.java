package org.vetsync.application.query;

/** A kind of failure and how many events are Failed with it; a null cause groups failures recorded without one. */
public record FailureCauseRow(String cause, long events) {}
