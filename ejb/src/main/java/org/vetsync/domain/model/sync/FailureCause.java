package org.vetsync.domain.model.sync;

/**
 * The kind of a failure, without the particulars: "Cabinet CAB-2 refused: Item IC-17 is out of stock" and the same
 * refusal from another cabinet for another item are one cause, so staff retry them together once the cause is fixed.
 * Every word holding a digit (cabinet, consult, item and message ids, quantities, times) becomes {@code #}.
 */
public final class FailureCause {

  /** Longest cause kept; long enough to tell causes apart, short enough to index. */
  public static final int MAX_LENGTH = 200;

  private static final String TRAILING_PUNCTUATION = ".,;:)]'\"";

  private FailureCause() {}

  /** @return the normalised cause, or null for no error */
  public static String of(String error) {
    if (error == null || error.isBlank()) {
      return null;
    }
    StringBuilder cause = new StringBuilder();
    for (String word : error.strip().split("\\s+")) {
      if (!cause.isEmpty()) {
        cause.append(' ');
      }
      cause.append(particular(word) ? placeholder(word) : word);
    }
    return cause.length() <= MAX_LENGTH ? cause.toString() : cause.substring(0, MAX_LENGTH - 1) + "…";
  }

  private static boolean particular(String word) {
    return word.chars().anyMatch(Character::isDigit);
  }

  /** Keeps the punctuation around the word, so "refused:" stays a colon after the id it replaces. */
  private static String placeholder(String word) {
    int start = 0;
    while (start < word.length() && "('\"[".indexOf(word.charAt(start)) >= 0) {
      start++;
    }
    int end = word.length();
    while (end > start && TRAILING_PUNCTUATION.indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return word.substring(0, start) + "#" + word.substring(end);
  }
}
