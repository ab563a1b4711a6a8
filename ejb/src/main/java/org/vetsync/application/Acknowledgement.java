package org.vetsync.application;

/**
 * vetsync's answer to one cabinet message, so the cabinet knows whether to resend.
 *
 * @param inReplyTo the messageId answered; null when the message was too broken to carry one
 * @param duplicate the message had been accepted before; the cabinet should stop resending it
 */
public record Acknowledgement(String cabinetId, String inReplyTo, boolean accepted, boolean duplicate, String reason) {

  public static Acknowledgement accepted(String cabinetId, String inReplyTo) {
    return new Acknowledgement(cabinetId, inReplyTo, true, false, null);
  }

  public static Acknowledgement duplicate(String cabinetId, String inReplyTo) {
    return new Acknowledgement(cabinetId, inReplyTo, true, true, "Already received");
  }

  public static Acknowledgement rejected(String cabinetId, String inReplyTo, String reason) {
    return new Acknowledgement(cabinetId, inReplyTo, false, false, reason);
  }
}
