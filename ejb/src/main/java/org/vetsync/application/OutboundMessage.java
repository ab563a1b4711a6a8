package org.vetsync.application;

/**
 * A contract message ready to go to one cabinet.
 *
 * @param groupKey keeps the messages of one consult in order (JMSXGroupID); null when order does not matter
 * @param correlationId the messageId this answers, if it is an answer
 */
public record OutboundMessage(String messageId, String cabinetId, String groupKey, String correlationId, String json) {}
