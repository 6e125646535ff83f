-- Audit log queue (ACC-1; docs/audit-log.md "Queue and sequencer"): a decision's transaction
-- stores its audit events here, without touching the Merkle tree; the sequencer integrates queued
-- rows into the tree in id order, in batches under the tree lock, and deletes them. A row holds
-- everything an entry needs except its sequence number, which the sequencer assigns.
-- Conventions as in V202611201000 (docs/decisions/005-portable-migrations.md).
-- Never edit this file once merged: add a new V<yyyyMMddHHmm>__<what>.sql instead.

CREATE TABLE audit_queue (
    id            TEXT    NOT NULL PRIMARY KEY,
    decided_at    BIGINT  NOT NULL,
    actor         TEXT    NOT NULL,
    action        TEXT    NOT NULL,
    subject       TEXT    NOT NULL,
    state_before  TEXT,
    state_after   TEXT,
    reason        TEXT,
    commitment    TEXT,
    salt          TEXT,
    details       TEXT,
    revealed      INTEGER NOT NULL CHECK (revealed IN (0, 1))
);
CREATE INDEX ix_audit_queue_subject ON audit_queue (subject);
