package org.vetsync.application.query;

/** Enum constants as staff read them: PARTIALLY_DISPENSED becomes "Partially dispensed". */
final class Labels {

  private Labels() {}

  static String of(Enum<?> value) {
    String words = value.name().replace('_', ' ').toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
