-- vetsync foundation: sync events, console accounts, scheduled jobs.
-- Portable SQL: the same script runs on H2 (quick start, tests) and PostgreSQL (production).

-- EclipseLink reads a sequence value as the last id of a block of allocationSize, so it starts at 50
CREATE SEQUENCE sync_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE sync_event (
  id           BIGINT       NOT NULL PRIMARY KEY,
  message_id   VARCHAR(64),
  event_type   VARCHAR(32)  NOT NULL,
  direction    VARCHAR(8)   NOT NULL,
  status       VARCHAR(16)  NOT NULL,
  cabinet_code VARCHAR(64),
  consult_ref  VARCHAR(64),
  payload      VARCHAR(1048576),
  error        VARCHAR(2000),
  attempts     INTEGER      NOT NULL,
  received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  acted_by     VARCHAR(64),
  version      BIGINT       NOT NULL
);
-- dashboard: newest first, optionally by status; duplicate detection by messageId
CREATE INDEX sync_event_received_idx ON sync_event (received_at, id);
CREATE INDEX sync_event_status_idx ON sync_event (status, received_at);
CREATE INDEX sync_event_message_idx ON sync_event (message_id);

CREATE TABLE app_user (
  username      VARCHAR(64)  NOT NULL PRIMARY KEY,
  password_hash VARCHAR(512) NOT NULL,
  enabled       BOOLEAN      NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE app_user_role (
  username VARCHAR(64) NOT NULL REFERENCES app_user (username),
  role     VARCHAR(16) NOT NULL,
  PRIMARY KEY (username, role)
);

CREATE TABLE scheduled_job (
  name             VARCHAR(64)  NOT NULL PRIMARY KEY,
  last_started_at  TIMESTAMP WITH TIME ZONE,
  last_finished_at TIMESTAMP WITH TIME ZONE,
  last_outcome     VARCHAR(500),
  runs             BIGINT       NOT NULL,
  version          BIGINT       NOT NULL
);
INSERT INTO scheduled_job (name, runs, version) VALUES ('maintenance-sweep', 0, 1);
