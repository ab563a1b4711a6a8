-- Consult expiry: when a cabinet's copy of a consult lapses, vetsync reconciles what was planned, dispensed, billed,
-- returned and wasted, and what does not add up goes to a worklist that staff close with a resolution.

CREATE TABLE reconciliation_item (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  consult_id         BIGINT        NOT NULL REFERENCES consult (id),
  consult_item_id    BIGINT        NOT NULL REFERENCES consult_item (id),
  kind               VARCHAR(32)   NOT NULL,
  planned_quantity   DECIMAL(12,3) NOT NULL,
  dispensed_quantity DECIMAL(12,3) NOT NULL,
  billed_quantity    DECIMAL(12,3) NOT NULL,
  returned_quantity  DECIMAL(12,3) NOT NULL,
  wasted_quantity    DECIMAL(12,3) NOT NULL,
  status             VARCHAR(16)   NOT NULL,
  resolution         VARCHAR(500),
  resolved_by        VARCHAR(64),
  resolved_at        TIMESTAMP WITH TIME ZONE,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  version            BIGINT        NOT NULL,
  -- one entry per item and kind of mismatch, however often the consult expires
  UNIQUE (consult_item_id, kind)
);
CREATE INDEX reconciliation_status_idx ON reconciliation_item (status, created_at);
CREATE INDEX consult_cabinet_due_idx ON consult_cabinet (expires_at);
CREATE INDEX sync_event_outbound_idx ON sync_event (direction, status, updated_at);

-- Read only when the server runs with -Dvetsync.clock=adjustable (the test suites): lets a test move vetsync's time
-- forward instead of sleeping. Production never reads it.
CREATE TABLE clock_adjustment (
  id             INTEGER NOT NULL PRIMARY KEY,
  offset_seconds BIGINT  NOT NULL
);
INSERT INTO clock_adjustment (id, offset_seconds) VALUES (1, 0);
INSERT INTO scheduled_job (name, runs, version) VALUES ('consult-expiry', 0, 1);
INSERT INTO scheduled_job (name, runs, version) VALUES ('command-timeouts', 0, 1);
