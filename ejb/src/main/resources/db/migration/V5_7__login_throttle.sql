-- Failed console logins per username, so that guessing a password is throttled across every server of a cluster and
-- survives a restart. A row exists only while failures are being counted or a lockout runs; a success deletes it.
CREATE TABLE login_throttle (
  username         VARCHAR(64) NOT NULL PRIMARY KEY,
  failures         INTEGER     NOT NULL,
  first_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
  locked_until     TIMESTAMP WITH TIME ZONE
);
