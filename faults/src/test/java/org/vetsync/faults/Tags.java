package org.vetsync.faults;

/** Names that tell one run's records apart from the last run's in the same database. */
final class Tags {

  private Tags() {}

  static String unique(String name) {
    return name + "-" + Long.toString(System.currentTimeMillis(), 36);
  }
}
