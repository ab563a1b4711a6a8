package org.vetsync.application;

/** What vetsync sends to the home-delivery pharmacy. The JMS implementation is in infrastructure. */
public interface PharmacyGateway {

  /** Sends one export batch within the caller's transaction. */
  void send(String messageId, String json);
}
