package org.vetsync.application;

import org.vetsync.domain.model.sync.SyncEventType;

/**
 * The message breaks the contract. It is recorded as a rejected sync event and answered, never redelivered: sending
 * it again would not make it valid. Carries whatever could be read, so staff can still tell whose message it was.
 */
public class InvalidMessageException extends Exception {

  private final String messageId;
  private final SyncEventType type;
  private final String cabinetId;

  public InvalidMessageException(String reason, String messageId, SyncEventType type, String cabinetId) {
    super(reason);
    this.messageId = messageId;
    this.type = type;
    this.cabinetId = cabinetId;
  }

  public String messageId() {
    return messageId;
  }

  public SyncEventType type() {
    return type;
  }

  public String cabinetId() {
    return cabinetId;
  }
}
