package org.vetsync.application;

/** What vetsync sends to cabinets. The only implementation that knows about JMS is in infrastructure. */
public interface CabinetGateway {

  /** Sends the answer within the caller's transaction: it leaves only if the caller's work commits. */
  void acknowledge(Acknowledgement acknowledgement);
}
