package org.vetsync.application.query;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit trail as CSV (RFC 4180) for a spreadsheet. Free text in the trail comes from staff and from the
 * practice system (reasons, ids), so a cell a spreadsheet would run as a formula is defused with a leading quote.
 */
public final class AuditCsv {

  public static final String HEADER = "time,user,address,action,target type,target id,outcome,detail\r\n";

  /** Local time with its offset: unambiguous for an auditor, and the same clock the console shows. */
  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private AuditCsv() {}

  public static String line(AuditRow row) {
    return Stream.of(TIME.format(row.occurredAt().atZone(ZoneId.systemDefault())), row.user(),
            row.remoteAddress(), row.action(), row.targetType(), row.targetId(), row.outcome(), row.detail())
        .map(AuditCsv::cell)
        .collect(Collectors.joining(",", "", "\r\n"));
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = startsLikeFormula(value) ? "'" + value : value;
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  private static boolean startsLikeFormula(String value) {
    return "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }
}
