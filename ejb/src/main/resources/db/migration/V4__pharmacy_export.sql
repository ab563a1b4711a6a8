-- Pharmacy export: what was last sent to the home-delivery pharmacy, field by field (so a delta is computed from it
-- and a re-run never resends or loses a change), the pharmacy's own clients (to link, not duplicate), changes waiting
-- for staff review, and the export runs with their batches.

CREATE TABLE pharmacy_client_state (
  client_id    BIGINT       NOT NULL PRIMARY KEY REFERENCES client (id),
  pharmacy_ref VARCHAR(64),
  name         VARCHAR(200),
  address      VARCHAR(500),
  phone        VARCHAR(64),
  email        VARCHAR(254),
  sent_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE pharmacy_pet_state (
  patient_id    BIGINT       NOT NULL PRIMARY KEY REFERENCES patient (id),
  name          VARCHAR(200),
  date_of_birth DATE,
  weight_kg     DECIMAL(8,3),
  breed         VARCHAR(100),
  deceased      BOOLEAN      NOT NULL,
  sent_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- the pharmacy's existing home-delivery clients, as it reported them (matching is case-insensitive: stored lower-case)
CREATE TABLE pharmacy_known_client (
  pharmacy_ref VARCHAR(64)  NOT NULL PRIMARY KEY,
  name_key     VARCHAR(200),
  email_key    VARCHAR(254),
  phone_key    VARCHAR(64)
);
CREATE INDEX pharmacy_known_email_idx ON pharmacy_known_client (email_key);
CREATE INDEX pharmacy_known_phone_idx ON pharmacy_known_client (phone_key, name_key);

CREATE TABLE review_item (
  id                        BIGINT       NOT NULL PRIMARY KEY,
  subject                   VARCHAR(8)   NOT NULL,
  subject_id                BIGINT       NOT NULL,
  subject_ref               VARCHAR(64)  NOT NULL,
  field                     VARCHAR(16)  NOT NULL,
  old_value                 VARCHAR(500),
  new_value                 VARCHAR(500),
  changed_by                VARCHAR(64)  NOT NULL,
  detected_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  status                    VARCHAR(16)  NOT NULL,
  decided_by                VARCHAR(64),
  decided_at                TIMESTAMP WITH TIME ZONE,
  decision_reason           VARCHAR(500),
  new_prescription_required BOOLEAN      NOT NULL,
  sent_in_run               BIGINT,
  version                   BIGINT       NOT NULL
);
CREATE INDEX review_item_subject_idx ON review_item (subject, subject_id, field, status);
CREATE INDEX review_item_status_idx ON review_item (status, detected_at);

CREATE TABLE pharmacy_export_run (
  id                   BIGINT       NOT NULL PRIMARY KEY,
  status               VARCHAR(16)  NOT NULL,
  requested_by         VARCHAR(64)  NOT NULL,
  requested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  started_at           TIMESTAMP WITH TIME ZONE,
  finished_at          TIMESTAMP WITH TIME ZONE,
  checkpoint_client_id BIGINT       NOT NULL,
  clients_total        BIGINT       NOT NULL,
  clients_done         BIGINT       NOT NULL,
  new_clients          BIGINT       NOT NULL,
  linked_clients       BIGINT       NOT NULL,
  new_pets             BIGINT       NOT NULL,
  email_changes        BIGINT       NOT NULL,
  weight_changes       BIGINT       NOT NULL,
  deceased_changes     BIGINT       NOT NULL,
  approved_changes     BIGINT       NOT NULL,
  review_items         BIGINT       NOT NULL,
  batches              INTEGER      NOT NULL,
  error                VARCHAR(2000),
  version              BIGINT       NOT NULL
);
CREATE INDEX pharmacy_export_run_status_idx ON pharmacy_export_run (status, requested_at);

CREATE TABLE pharmacy_export_batch (
  run_id  BIGINT  NOT NULL REFERENCES pharmacy_export_run (id),
  seq     INTEGER NOT NULL,
  records INTEGER NOT NULL,
  payload TEXT    NOT NULL,
  PRIMARY KEY (run_id, seq)
);
-- the export reads a batch's pets by their owners
CREATE INDEX patient_client_idx ON patient (client_id);
INSERT INTO scheduled_job (name, runs, version) VALUES ('pharmacy-export', 0, 1);
