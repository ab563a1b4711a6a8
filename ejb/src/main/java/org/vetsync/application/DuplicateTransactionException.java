package org.vetsync.application;

/** The cabinet reported a transaction vetsync already recorded: recognised, acknowledged, never recorded twice. */
public class DuplicateTransactionException extends Exception {

  public DuplicateTransactionException(String transactionId, long earlierSyncEvent) {
    super("Duplicate of cabinet transaction " + transactionId + " (recorded by sync event " + earlierSyncEvent + ")");
  }
}
