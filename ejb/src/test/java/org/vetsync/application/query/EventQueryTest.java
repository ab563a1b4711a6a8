package org.vetsync.application.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetsync.domain.model.sync.SyncEventStatus;
import org.vetsync.domain.model.sync.SyncEventType;

class EventQueryTest {

  private static final String SELECT = "SELECT " + EventQuery.COLUMNS + " FROM sync_event";

  @Test
  void noFilterReadsThePageNewestFirst() {
    EventQuery q = EventQuery.page(EventFilter.NONE, EventSort.NEWEST_FIRST, 50, 25, 10_000);
    assertEquals(SELECT + " ORDER BY received_at DESC, id DESC OFFSET 50 ROWS FETCH NEXT 25 ROWS ONLY", q.sql);
    assertEquals(List.of(), q.parameters);
  }

  @Test
  void columnFiltersBecomeEqualitiesAndTheTimeRangeAHalfOpenRange() {
    Instant from = Instant.parse("2026-11-21T00:00:00Z");
    Instant to = Instant.parse("2026-11-22T00:00:00Z");
    EventFilter filter = new EventFilter(SyncEventStatus.FAILED, " CAB-1 ", "C-1001", "PT-7",
        SyncEventType.SYNC_PROFILE, from, to, null);
    EventQuery q = EventQuery.page(filter, EventSort.NEWEST_FIRST, 0, 25, 10_000);
    assertEquals(SELECT + " WHERE status = ?1 AND event_type = ?2 AND cabinet_code = ?3 AND consult_ref = ?4"
        + " AND patient_ref = ?5 AND received_at >= ?6 AND received_at < ?7"
        + " ORDER BY received_at DESC, id DESC OFFSET 0 ROWS FETCH NEXT 25 ROWS ONLY", q.sql);
    assertEquals(List.of("FAILED", "SYNC_PROFILE", "CAB-1", "C-1001", "PT-7", from.atOffset(ZoneOffset.UTC),
        to.atOffset(ZoneOffset.UTC)), q.parameters);
    assertTrue(q.parameters.get(5) instanceof OffsetDateTime, "times are bound as UTC timestamps");
  }

  @Test
  void blankFiltersAreNoFilters() {
    EventFilter blank = new EventFilter(null, " ", "", null, null, null, null, "  ");
    assertEquals(EventFilter.NONE, blank);
  }

  @Test
  void theSearchIsAPrefixRangeOnEachReferenceColumnNeverALeadingWildcard() {
    EventQuery q = EventQuery.page(new EventFilter(null, null, null, null, null, null, null, "C-10"),
        EventSort.NEWEST_FIRST, 0, 25, 10_000);
    assertEquals(SELECT + " WHERE ("
        + "(consult_ref >= ?1 AND consult_ref < ?2 AND consult_ref LIKE ?3 ESCAPE '\\')"
        + " OR (patient_ref >= ?4 AND patient_ref < ?5 AND patient_ref LIKE ?6 ESCAPE '\\')"
        + " OR (cabinet_code >= ?7 AND cabinet_code < ?8 AND cabinet_code LIKE ?9 ESCAPE '\\')"
        + " OR (message_id >= ?10 AND message_id < ?11 AND message_id LIKE ?12 ESCAPE '\\'))"
        + " ORDER BY received_at DESC, id DESC OFFSET 0 ROWS FETCH NEXT 25 ROWS ONLY", q.sql);
    assertEquals(List.of("C-10", "C-11", "C-10%"), q.parameters.subList(0, 3));
    assertFalse(q.sql.contains("'%"), "no pattern starts with a wildcard");
  }

  @Test
  void wildcardsTypedIntoTheSearchAreTakenLiterally() {
    assertEquals("50\\%\\_off\\\\%", EventQuery.likePrefix("50%_off\\"));
    assertEquals("C-1/", EventQuery.prefixEnd("C-1."));
    assertNull(EventQuery.prefixEnd("x" + Character.MAX_VALUE));
  }

  @Test
  void sortingByAColumnKeepsNewestFirstWithinAValueAndDescendingIsTheExactReverse() {
    assertEquals("event_type ASC, received_at DESC, id DESC", new EventSort(EventColumn.TYPE, true).orderBy());
    assertEquals("event_type DESC, received_at ASC, id ASC", new EventSort(EventColumn.TYPE, false).orderBy());
    assertEquals("cabinet_code ASC, received_at DESC, id DESC", new EventSort(EventColumn.CABINET, true).orderBy());
    assertEquals("received_at ASC, id ASC", new EventSort(EventColumn.TIME, true).orderBy());
  }

  @Test
  void anyOtherOrderSortsTheNewestMatchesOfTheWindowReadFromTheFiltersIndex() {
    EventQuery q = EventQuery.page(new EventFilter(SyncEventStatus.FAILED, null, null, null, null, null, null, null),
        new EventSort(EventColumn.CABINET, true), 25, 25, 10_000);
    assertEquals(SELECT + " WHERE id IN (SELECT id FROM (SELECT id, received_at, cabinet_code FROM sync_event"
        + " WHERE status = ?1 ORDER BY received_at DESC, id DESC FETCH FIRST 10000 ROWS ONLY) newest"
        + " ORDER BY cabinet_code ASC, received_at DESC, id DESC OFFSET 25 ROWS FETCH NEXT 25 ROWS ONLY)"
        + " ORDER BY cabinet_code ASC, received_at DESC, id DESC", q.sql);
    assertEquals(List.of("FAILED"), q.parameters);
  }

  @Test
  void theCountStopsAtTheCap() {
    EventQuery q = EventQuery.countUpTo(new EventFilter(SyncEventStatus.FAILED, null, null, null, null, null, null,
        null), 10_001);
    assertEquals("SELECT COUNT(*) FROM (SELECT 1 FROM sync_event WHERE status = ?1 FETCH FIRST 10001 ROWS ONLY)"
        + " matching", q.sql);
    assertEquals(List.of("FAILED"), q.parameters);
  }
}
