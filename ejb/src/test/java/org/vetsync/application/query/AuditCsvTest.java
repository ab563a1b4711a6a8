package org.vetsync.application.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void cellsThatASpreadsheetWouldRunAsAFormulaAreDefused() {
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", AuditCsv.cell("=HYPERLINK(\"http://x\")"));
    assertEquals("'+1", AuditCsv.cell("+1"));
    assertEquals("'-2", AuditCsv.cell("-2"));
    assertEquals("'@SUM(A1)", AuditCsv.cell("@SUM(A1)"));
    assertEquals("plain", AuditCsv.cell("plain"));
  }

  @Test
  void cellsWithSeparatorsQuotesOrLineBreaksAreQuotedAndTheirQuotesDoubled() {
    assertEquals("\"a, b\"", AuditCsv.cell("a, b"));
    assertEquals("\"say \"\"hi\"\"\"", AuditCsv.cell("say \"hi\""));
    assertEquals("\"two\nlines\"", AuditCsv.cell("two\nlines"));
    assertEquals("\"'=1,2\"", AuditCsv.cell("=1,2"));
    assertEquals("", AuditCsv.cell(null));
  }

  @Test
  void aLineHasEveryColumnOfTheHeaderInOrder() {
    AuditRow row = new AuditRow(50, Instant.parse("2026-11-22T10:00:00Z"), "nurse", "127.0.0.1",
        "ignore sync event", "sync event", "42", "REFUSED", "needs role ADMIN");
    String line = AuditCsv.line(row);
    assertTrue(line.endsWith(",nurse,127.0.0.1,ignore sync event,sync event,42,REFUSED,needs role ADMIN\r\n"), line);
    assertEquals(AuditCsv.HEADER.split(",").length, line.split(",").length);
  }
}
