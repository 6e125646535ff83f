-- Staged rollout (REV-6; issue 6): every stage a release entered, in order. The current stage is
-- the row without left_at. Conventions as in V202611201000 (docs/decisions/005-portable-migrations.md).
-- Never edit this file once merged: add a new V<yyyyMMddHHmm>__<what>.sql instead.

-- how: stage (the release action entered the first stage), advance, rollback, release (general
-- availability). reason: required for rollbacks.
CREATE TABLE rollout_stages (
    id          TEXT    NOT NULL PRIMARY KEY,
    release_id  TEXT    NOT NULL REFERENCES releases (id),
    stage       TEXT    NOT NULL,
    how         TEXT    NOT NULL,
    entered_by  TEXT    REFERENCES users (id),
    entered_at  BIGINT  NOT NULL,
    reason      TEXT,
    left_at     BIGINT
);
CREATE INDEX ix_rollout_stages_release ON rollout_stages (release_id, id);
