-- Evaluator vetting (REV-3): researchers apply, stewards vet, suspend or revoke them.
-- Conventions as in V202611201000 (docs/decisions/005-portable-migrations.md).
-- Never edit this file once merged: add a new V<yyyyMMddHHmm>__<what>.sql instead.

-- One row per application. status is pending, vetted, rejected, suspended, revoked or withdrawn;
-- a user's latest application is their evaluator status. At most one application of a user is
-- open (pending, vetted or suspended): the server checks it under the audit log's lock.
-- expertise is a list of lines (items cannot contain control characters). decided_by,
-- decided_at and decision_reason describe the latest decision; the audit log keeps them all.
CREATE TABLE evaluator_applications (
    id               TEXT    NOT NULL PRIMARY KEY,
    user_id          TEXT    NOT NULL REFERENCES users (id),
    affiliation      TEXT    NOT NULL,
    expertise        TEXT    NOT NULL,
    statement        TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    submitted_at     BIGINT  NOT NULL,
    decided_by       TEXT    REFERENCES users (id),
    decided_at       BIGINT,
    decision_reason  TEXT,
    version          BIGINT  NOT NULL
);
CREATE INDEX ix_evaluator_applications_user ON evaluator_applications (user_id, id);
CREATE INDEX ix_evaluator_applications_status ON evaluator_applications (status, id);

-- The conflicts of interest declared in an application, in the order given: an organization of
-- the registry (org_id), a party described in free text (description), or both. kind is
-- employment, funding, ownership, paid_engagement or other; engaged_on (ISO date yyyy-MM-dd) is
-- set for paid engagements.
CREATE TABLE evaluator_conflicts (
    application_id  TEXT     NOT NULL REFERENCES evaluator_applications (id),
    position        INTEGER  NOT NULL,
    kind            TEXT     NOT NULL,
    org_id          TEXT     REFERENCES organizations (id),
    description     TEXT,
    engaged_on      TEXT,
    PRIMARY KEY (application_id, position)
);
CREATE INDEX ix_evaluator_conflicts_org ON evaluator_conflicts (org_id, application_id);
