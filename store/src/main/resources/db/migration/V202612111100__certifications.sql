-- Certification (ACC-2; docs/certification.md): an organization attests compliance with a framework
-- version (the policy id and version), a steward certifies it for a validity period or declines it,
-- a steward revokes it with a reason, the organization withdraws it. Rows are never deleted.
-- status: requested, certified, declined, revoked, withdrawn; "expired" is a certified row whose
-- valid_until has passed, worked out when read.
-- open_slot is "<org_id> <policy_id>@<policy_version>" while a request is open or a certification
-- holds, and NULL otherwise: one at a time per organization and framework version (the portable
-- form of a partial unique index, as in V202612071600).
-- Conventions as in V202611201000 (docs/decisions/005-portable-migrations.md).
-- Never edit this file once merged: add a new V<yyyyMMddHHmm>__<what>.sql instead.

CREATE TABLE certifications (
    id              TEXT    NOT NULL PRIMARY KEY,
    org_id          TEXT    NOT NULL REFERENCES organizations (id),
    policy_id       TEXT    NOT NULL,
    policy_version  TEXT    NOT NULL,
    statement       TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    requested_by    TEXT    NOT NULL REFERENCES users (id),
    requested_at    BIGINT  NOT NULL,
    decided_by      TEXT    REFERENCES users (id),
    decided_at      BIGINT,
    valid_until     BIGINT,
    ended_by        TEXT    REFERENCES users (id),
    ended_at        BIGINT,
    reason          TEXT,
    open_slot       TEXT,
    version         BIGINT  NOT NULL
);
CREATE UNIQUE INDEX uq_certifications_open_slot ON certifications (open_slot);
CREATE INDEX ix_certifications_org ON certifications (org_id, id);
CREATE INDEX ix_certifications_status ON certifications (status, id);
