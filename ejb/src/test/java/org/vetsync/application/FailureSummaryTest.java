package org.vetsync.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailureSummaryTest {

  @Test
  void namesTheInnermostCauseOnOneLine() {
    SQLException refused = new SQLException("Connection could not be allocated because: FATAL: database \"vetsync\""
        + " is not currently accepting connections\nError Code: 0\nCall: SELECT NAME FROM scheduled_job");
    RuntimeException wrapped = new EJBException(new IllegalStateException("Exception [EclipseLink-4002]\nQuery: …",
        refused));

    assertEquals("SQLException: Connection could not be allocated because: FATAL: database \"vetsync\" is not"
        + " currently accepting connections", FailureSummary.of(wrapped));
  }

  @Test
  void aCauseWithoutMessageIsNamedByItsType() {
    assertEquals("NullPointerException", FailureSummary.of(new RuntimeException(new NullPointerException())));
  }
}
