package org.vetsync.application;

/**
 * A message as it came off a queue, before anything is trusted about it.
 *
 * @param text the body as UTF-8 text (text and bytes messages alike)
 * @param cabinetHint the {@code cabinetId} message property, which lets vetsync answer even an unreadable body
 * @param deliveryAttempt the broker's delivery count (1 on first delivery)
 */
public record InboundMessage(String text, String cabinetHint, int deliveryAttempt) {}
