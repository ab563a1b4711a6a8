package org.vetsync.simulator;

/**
 * One message the cabinet puts on {@code vetsync.cabinet.events}.
 *
 * @param type the contract type, shown on the transcript
 * @param messageId the envelope's messageId, also the broker's duplicate-detection id
 * @param summary what identifies the message to a reader of the transcript, e.g. {@code transactionId=TX-1}
 * @param body the text sent
 */
record OutgoingMessage(String type, String messageId, String summary, String body) {}
