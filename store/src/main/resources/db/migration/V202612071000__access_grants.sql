-- Time-boxed access of vetted evaluators to pre-release material, and the log of every access
-- (REV-3; issue 6). Conventions as in V202611201000 (docs/decisions/005-portable-migrations.md).
-- Never edit this file once merged: add a new V<yyyyMMddHHmm>__<what>.sql instead.

-- An evaluator's access to one release. status: requested (by the evaluator), active (granted by
-- the organization, until expires_at), declined, revoked, expired (set when a newer request
-- replaces an active grant that ran out; otherwise expiry is read from expires_at).
CREATE TABLE access_grants (
    id               TEXT    NOT NULL PRIMARY KEY,
    release_id       TEXT    NOT NULL REFERENCES releases (id),
    evaluator_id     TEXT    NOT NULL REFERENCES users (id),
    status           TEXT    NOT NULL,
    purpose          TEXT    NOT NULL,
    requested_days   INTEGER,
    created_by       TEXT    NOT NULL REFERENCES users (id),
    created_at       BIGINT  NOT NULL,
    decided_by       TEXT    REFERENCES users (id),
    decided_at       BIGINT,
    decision_reason  TEXT,
    expires_at       BIGINT,
    version          BIGINT  NOT NULL
);
CREATE INDEX ix_access_grants_release ON access_grants (release_id, id);
CREATE INDEX ix_access_grants_evaluator ON access_grants (evaluator_id, id);
-- At most one open (requested or active) grant per evaluator and release.
CREATE UNIQUE INDEX uq_access_grants_open ON access_grants (release_id, evaluator_id)
    WHERE status IN ('requested', 'active');

-- Every view or download of pre-release material by someone whose right is a grant.
CREATE TABLE access_events (
    id           TEXT    NOT NULL PRIMARY KEY,
    grant_id     TEXT    NOT NULL REFERENCES access_grants (id),
    release_id   TEXT    NOT NULL REFERENCES releases (id),
    user_id      TEXT    NOT NULL REFERENCES users (id),
    action       TEXT    NOT NULL,
    resource     TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL
);
CREATE INDEX ix_access_events_release ON access_events (release_id, id);
