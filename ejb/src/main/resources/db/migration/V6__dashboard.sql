-- Dashboard: which patient an event concerns and what kind of failure it is, and the indexes that keep the sync-event
-- table's pages, filters, sorting, search, charts and alerts fast over millions of events (docs/BENCHMARKS-dashboard.md).

ALTER TABLE sync_event ADD COLUMN patient_ref VARCHAR(64);
-- when staff were warned that a cabinet's copy of a consult expires with items not dispensed (once per sync)
ALTER TABLE consult_cabinet ADD COLUMN expiry_warned_at TIMESTAMP WITH TIME ZONE;
-- the error without its particulars (ids, quantities): failures are grouped and retried together by it
ALTER TABLE sync_event ADD COLUMN failure_cause VARCHAR(200);

-- events recorded before this version: their consult tells the patient
UPDATE sync_event SET patient_ref =
  (SELECT p.pims_id FROM consult c JOIN patient p ON p.id = c.patient_id WHERE c.pims_id = sync_event.consult_ref)
  WHERE consult_ref IS NOT NULL;
-- and their own text is their cause (not normalised: the application does that from now on)
UPDATE sync_event SET failure_cause = SUBSTRING(error FROM 1 FOR 200) WHERE status = 'FAILED';

-- Each filtered column leads an index that continues with the time, newest first: a filtered page is read in index
-- order and stops after one page, whatever the table's size. The status, cabinet and type indexes also carry the other
-- sortable columns, so that combined filters (Unallocated dispenses of one cabinet) are checked in the index, and the
-- newest matches are sorted by another column (EventQuery) from the index alone.
DROP INDEX sync_event_status_idx;
CREATE INDEX sync_event_status_idx
  ON sync_event (status, received_at DESC, id DESC, cabinet_code, event_type, consult_ref);
DROP INDEX sync_event_consult_idx;
CREATE INDEX sync_event_consult_idx ON sync_event (consult_ref, received_at DESC, id DESC);
CREATE INDEX sync_event_cabinet_idx
  ON sync_event (cabinet_code, received_at DESC, id DESC, status, event_type, consult_ref);
CREATE INDEX sync_event_type_idx
  ON sync_event (event_type, received_at DESC, id DESC, status, cabinet_code, consult_ref);
CREATE INDEX sync_event_patient_idx ON sync_event (patient_ref, received_at DESC, id DESC);
-- the chart counts the last 24 hours by status from the index alone
CREATE INDEX sync_event_hourly_idx ON sync_event (received_at, status);
-- failure causes with their counts, and the events of one cause
CREATE INDEX sync_event_cause_idx ON sync_event (status, failure_cause, id);
-- the alert on events left Pending or Processing
CREATE INDEX sync_event_waiting_idx ON sync_event (status, updated_at);
-- the alert on temporary patients not yet allocated (and finding a cabinet's temporary patient)
CREATE INDEX patient_temporary_idx ON patient (temporary_cabinet, temporary_ref);
