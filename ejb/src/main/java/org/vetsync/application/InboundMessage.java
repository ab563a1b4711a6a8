package org.vetsync.application;

import java.util.Optional;
import org.vetsync.domain.model.sync.SyncEventType;

/**
 * A message as it came off a queue, before anything is trusted about it.
 *
 * @param text the body as UTF-8 text (text and bytes messages alike)
 * @param cabinetHint the {@code cabinetId} message property, which lets vetsync answer even an unreadable body
 * @param deliveryAttempt the broker's delivery count (1 on first delivery)
 * @param sender the broker account that sent it, as the broker authenticated it (null if the broker does not say)
 */
public record InboundMessage(String text, String cabinetHint, int deliveryAttempt, String sender) {

  /** Each cabinet's broker account is named after its code (jms-config/contract/README.md). */
  private static final String CABINET_ACCOUNT_PREFIX = "cabinet-";

  /** Payload kept per event. Larger bodies are rejected; their first megabyte is kept for staff to see. */
  static final int MAX_PAYLOAD_CHARS = 1_048_576;

  /** The body, empty rather than null. */
  public String body() {
    return text == null ? "" : text;
  }

  /** What is stored with the sync event: the whole body, or its first megabyte when it is too large. */
  public String keptPayload() {
    String body = body();
    return body.length() <= MAX_PAYLOAD_CHARS ? body : body.substring(0, MAX_PAYLOAD_CHARS);
  }

  /** The cabinet whose own account sent this; empty when another account (an operator's) sent it. */
  public Optional<String> senderCabinet() {
    return sender != null && sender.startsWith(CABINET_ACCOUNT_PREFIX)
        ? Optional.of(sender.substring(CABINET_ACCOUNT_PREFIX.length()))
        : Optional.empty();
  }

  public void requireWithinLimit() throws InvalidMessageException {
    if (body().length() > MAX_PAYLOAD_CHARS) {
      throw new InvalidMessageException(
          "Message of " + body().length() + " characters exceeds the limit of " + MAX_PAYLOAD_CHARS,
          null,
          SyncEventType.UNRECOGNISED,
          null);
    }
  }
}
