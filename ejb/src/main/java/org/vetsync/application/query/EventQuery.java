package org.vetsync.application.query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's filters and sorting as SQL that the same indexes answer on PostgreSQL and H2 (migration V6): only
 * equality, ranges and prefix matches, never a LIKE that starts with a wildcard. Parameters are numbered {@code ?n}
 * for a native query.
 */
final class EventQuery {

  static final String COLUMNS = "id, received_at, direction, event_type, status, cabinet_code, consult_ref,"
      + " patient_ref, message_id, attempts, error";

  /** The reference columns the search looks at, each the first column of an index. */
  private static final List<String> SEARCHED = List.of("consult_ref", "patient_ref", "cabinet_code", "message_id");

  final String sql;
  final List<Object> parameters;

  private EventQuery(String sql, List<Object> parameters) {
    this.sql = sql;
    this.parameters = List.copyOf(parameters);
  }

  /**
   * One page of events. Newest first, the page is read straight from an index. In any other order the table holds the
   * newest {@code window} matching events, sorted: an index sorted by one column and filtered by others can have to
   * read most of the table before it finds a page (failures that all come from one cabinet, sorted by cabinet), while
   * the newest matches are always found from the filter's own index, and sorting a bounded set costs a bounded time.
   * The window is the count's cap, so staff page through the same events in every order.
   */
  static EventQuery page(EventFilter filter, EventSort sort, int first, int size, int window) {
    Where where = new Where(filter);
    String page = " OFFSET " + first + " ROWS FETCH NEXT " + size + " ROWS ONLY";
    if (sort.equals(EventSort.NEWEST_FIRST)) {
      return new EventQuery("SELECT " + COLUMNS + " FROM sync_event" + where.sql + " ORDER BY " + sort.orderBy() + page,
          where.parameters);
    }
    // the window and its sort read only the sort keys (an index-only scan where the filter's index carries them);
    // whole rows are read for the page alone
    String keys = "id, received_at" + (sort.column() == EventColumn.TIME ? "" : ", " + sort.column().sqlColumn());
    return new EventQuery("SELECT " + COLUMNS + " FROM sync_event WHERE id IN (SELECT id FROM (SELECT " + keys
        + " FROM sync_event" + where.sql + " ORDER BY " + EventSort.NEWEST_FIRST.orderBy() + " FETCH FIRST " + window
        + " ROWS ONLY) newest ORDER BY " + sort.orderBy() + page + ") ORDER BY " + sort.orderBy(), where.parameters);
  }

  /** How many events match, counting no further than {@code cap}: a count over millions is not worth its time. */
  static EventQuery countUpTo(EventFilter filter, long cap) {
    Where where = new Where(filter);
    return new EventQuery("SELECT COUNT(*) FROM (SELECT 1 FROM sync_event" + where.sql + " FETCH FIRST " + cap
        + " ROWS ONLY) matching", where.parameters);
  }

  /** The smallest string greater than every string that starts with the prefix (in code-point order). */
  static String prefixEnd(String prefix) {
    char last = prefix.charAt(prefix.length() - 1);
    return last == Character.MAX_VALUE ? null : prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
  }

  static String likePrefix(String prefix) {
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private static final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private final String sql;

    Where(EventFilter f) {
      if (f.status() != null) {
        conditions.add("status = " + bind(f.status().name()));
      }
      if (f.type() != null) {
        conditions.add("event_type = " + bind(f.type().name()));
      }
      if (f.cabinet() != null) {
        conditions.add("cabinet_code = " + bind(f.cabinet()));
      }
      if (f.consult() != null) {
        conditions.add("consult_ref = " + bind(f.consult()));
      }
      if (f.patient() != null) {
        conditions.add("patient_ref = " + bind(f.patient()));
      }
      if (f.from() != null) {
        conditions.add("received_at >= " + bind(utc(f.from())));
      }
      if (f.to() != null) {
        conditions.add("received_at < " + bind(utc(f.to())));
      }
      if (f.search() != null) {
        List<String> any = new ArrayList<>();
        for (String column : SEARCHED) {
          any.add(startsWith(column, f.search()));
        }
        conditions.add("(" + String.join(" OR ", any) + ")");
      }
      sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /**
     * A range the column's index answers, and the LIKE that makes it exact under any collation (the range alone is
     * exact only in code-point order, e.g. C.UTF-8).
     */
    private String startsWith(String column, String prefix) {
      String end = prefixEnd(prefix);
      return "(" + column + " >= " + bind(prefix)
          + (end == null ? "" : " AND " + column + " < " + bind(end))
          + " AND " + column + " LIKE " + bind(likePrefix(prefix)) + " ESCAPE '\\')";
    }

    private String bind(Object value) {
      parameters.add(value);
      return "?" + parameters.size();
    }

    private static OffsetDateTime utc(Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
  }
}
