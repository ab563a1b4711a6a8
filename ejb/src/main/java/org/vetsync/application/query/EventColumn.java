package org.vetsync.application.query;

/** The dashboard columns staff may sort by, and the sync_event column each reads. */
public enum EventColumn {
  TIME("received_at"),
  CABINET("cabinet_code"),
  CONSULT("consult_ref"),
  TYPE("event_type"),
  STATUS("status");

  private final String sqlColumn;

  EventColumn(String sqlColumn) {
    this.sqlColumn = sqlColumn;
  }

  String sqlColumn() {
    return sqlColumn;
  }
}
