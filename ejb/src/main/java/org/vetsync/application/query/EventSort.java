package org.vetsync.application.query;

import java.util.Objects;

/**
 * How the dashboard orders events. Events with the same value in the sorted column come newest first when it is
 * ascending, and in exactly the reverse order when it is descending: a second click on a header reverses the list.
 */
public record EventSort(EventColumn column, boolean ascending) {

  public static final EventSort NEWEST_FIRST = new EventSort(EventColumn.TIME, false);

  public EventSort {
    Objects.requireNonNull(column);
  }

  String orderBy() {
    if (column == EventColumn.TIME) {
      String direction = ascending ? "ASC" : "DESC";
      return "received_at " + direction + ", id " + direction;
    }
    return ascending
        ? column.sqlColumn() + " ASC, received_at DESC, id DESC"
        : column.sqlColumn() + " DESC, received_at ASC, id ASC";
  }
}
