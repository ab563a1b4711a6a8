package org.vetsync.application;

import jakarta.ejb.ApplicationException;
import java.util.function.Supplier;

/** A staff action that the records do not allow (e.g. ignoring without a reason); nothing of it is kept. */
@ApplicationException(rollback = true)
public class ActionRefusedException extends RuntimeException {

  public ActionRefusedException(String message) {
    super(message);
  }

  /** Runs the action, turning a rule the records enforce into a refusal staff can read (and a rollback). */
  public static <T> T unlessRuleBroken(Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new ActionRefusedException(e.getMessage());
    }
  }
}
