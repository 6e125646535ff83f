-- Incidents and redress (LIFE-2; docs/incidents.md): anyone reports harm caused by a released model
-- or disputes one of its outputs; the releasing organization acknowledges and then resolves or
-- rejects it within the deadlines of its severity (the policy's incident playbook), each step with
-- a note the reporter reads. Rows are never deleted.
-- reference is the reporter's tracking reference: a secret (whoever holds it reads the report and
-- its updates), stored only as its SHA-256 (hex), like session tokens.
-- status: received, acknowledged, resolved, rejected. Overdue is worked out when read from
-- acknowledge_by and resolve_by (epoch milliseconds, from the severity's deadlines).
-- escalated_at: when the stewards were told (at once for the severities marked escalate, else when
-- the acknowledgement became overdue); NULL while they were not.
-- Conventions as in V202611201000 (docs/decisions/005-portable-migrations.md).
-- Never edit this file once merged: add a new V<yyyyMMddHHmm>__<what>.sql instead.

CREATE TABLE incidents (
    id               TEXT    NOT NULL PRIMARY KEY,
    reference_hash   TEXT    NOT NULL,
    release_id       TEXT    NOT NULL REFERENCES releases (id),
    kind             TEXT    NOT NULL,
    severity         TEXT    NOT NULL,
    summary          TEXT    NOT NULL,
    details          TEXT    NOT NULL,
    remedy           TEXT,
    reporter_id      TEXT    REFERENCES users (id),
    status           TEXT    NOT NULL,
    reported_at      BIGINT  NOT NULL,
    acknowledge_by   BIGINT  NOT NULL,
    resolve_by       BIGINT  NOT NULL,
    acknowledged_at  BIGINT,
    acknowledged_by  TEXT    REFERENCES users (id),
    escalated_at     BIGINT,
    closed_at        BIGINT,
    closed_by        TEXT    REFERENCES users (id),
    resolution       TEXT,
    version          BIGINT  NOT NULL
);
CREATE UNIQUE INDEX uq_incidents_reference ON incidents (reference_hash);
CREATE INDEX ix_incidents_release ON incidents (release_id, id);
CREATE INDEX ix_incidents_status ON incidents (status, id);
CREATE INDEX ix_incidents_reported ON incidents (reported_at);

-- Each step of an incident after the report, with the note the reporter reads: acknowledged (with
-- the severity confirmed or changed), an update, resolved, rejected, escalated (by the registry).
CREATE TABLE incident_updates (
    id           TEXT    NOT NULL PRIMARY KEY,
    incident_id  TEXT    NOT NULL REFERENCES incidents (id),
    author_id    TEXT    REFERENCES users (id),
    step         TEXT    NOT NULL,
    severity     TEXT    NOT NULL,
    note         TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL
);
CREATE INDEX ix_incident_updates_incident ON incident_updates (incident_id, id);
