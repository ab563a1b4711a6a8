-- The audit trail: every staff action, done, refused or failed, with who, when, from where and on which record.
-- Rows are only ever inserted (the application has no update or delete for them).

CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
  id             BIGINT        NOT NULL PRIMARY KEY,
  occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  username       VARCHAR(64)   NOT NULL,
  remote_address VARCHAR(64),
  action         VARCHAR(100)  NOT NULL,
  target_type    VARCHAR(40),
  target_id      VARCHAR(100),
  outcome        VARCHAR(8)    NOT NULL,
  detail         VARCHAR(2000)
);
-- the audit page: newest first, optionally one user's or one record's history
CREATE INDEX audit_entry_time_idx ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_user_idx ON audit_entry (username, occurred_at);
CREATE INDEX audit_entry_target_idx ON audit_entry (target_type, target_id, occurred_at);
