package org.vetsync.application;

import jakarta.ejb.ApplicationException;

/** A staff action that the records do not allow (e.g. ignoring without a reason); nothing of it is kept. */
@ApplicationException(rollback = true)
public class ActionRefusedException extends RuntimeException {

  public ActionRefusedException(String message) {
    super(message);
  }
}
