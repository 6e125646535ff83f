-- Failed password sign-ins, for rate limiting (OPS-3). In the database, not in memory, so the
-- limit holds across every server instance of one registry (OPS-1). Rows older than the window
-- are pruned by the server whenever a sign-in fails (LoginAttemptRepository.deleteBefore).
-- Never edit this file once merged: add a new V<yyyyMMddHHmm>__<what>.sql instead.

CREATE TABLE login_attempts (
    id            TEXT    NOT NULL PRIMARY KEY,
    handle        TEXT    NOT NULL,
    attempted_at  BIGINT  NOT NULL
);
CREATE INDEX ix_login_attempts_handle ON login_attempts (handle, attempted_at);
CREATE INDEX ix_login_attempts_time ON login_attempts (attempted_at);
