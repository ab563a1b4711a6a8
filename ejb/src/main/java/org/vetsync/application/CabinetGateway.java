package org.vetsync.application;

/** What vetsync sends to cabinets. The only implementation that knows about JMS is in infrastructure. */
public interface CabinetGateway {

  /** Sends within the caller's transaction: the message leaves only if the caller's work commits. */
  void send(OutboundMessage message);
}
