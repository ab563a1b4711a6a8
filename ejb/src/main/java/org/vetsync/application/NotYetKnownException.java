package org.vetsync.application;

/**
 * The message is fine but refers to something vetsync does not know yet (a consult whose opening has not arrived, a
 * product not yet in the catalogue). The event is marked Failed with this reason; staff retry it once the missing
 * record has arrived.
 */
public class NotYetKnownException extends Exception {

  public NotYetKnownException(String reason) {
    super(reason);
  }
}
