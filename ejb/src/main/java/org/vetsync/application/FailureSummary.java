package org.vetsync.application;

/**
 * A failure as one log line: its innermost cause, which says what went wrong ("database … is not currently accepting
 * connections"), where the outer exceptions' text spans a dozen lines of query and stack.
 */
public final class FailureSummary {

  private FailureSummary() {}

  public static String of(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? "" : cause.getMessage().strip();
    int lineEnd = message.indexOf('\n');
    String firstLine = lineEnd < 0 ? message : message.substring(0, lineEnd).strip();
    return cause.getClass().getSimpleName() + (firstLine.isEmpty() ? "" : ": " + firstLine);
  }
}
