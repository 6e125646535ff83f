-- Third-party auditors, conflicts of interest, engagements and audit attestations (REV-6, ACC-4).
-- Conventions as in V202611201000 (docs/decisions/005-portable-migrations.md).
-- Never edit this file once merged: add a new V<yyyyMMddHHmm>__<what>.sql instead.

-- Audit firms approved by stewards. status: active | suspended | revoked (reason of the last
-- change in status_reason). Only public facts: no contact data.
CREATE TABLE audit_firms (
    id             TEXT    NOT NULL PRIMARY KEY,
    slug           TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    website        TEXT    NOT NULL,
    description    TEXT    NOT NULL,
    status         TEXT    NOT NULL,
    status_reason  TEXT,
    created_at     BIGINT  NOT NULL,
    updated_at     BIGINT  NOT NULL,
    version        BIGINT  NOT NULL,
    CONSTRAINT uq_audit_firms_slug UNIQUE (slug)
);

-- Users approved as auditors of one firm. status as for firms.
CREATE TABLE auditors (
    user_id        TEXT    NOT NULL PRIMARY KEY REFERENCES users (id),
    firm_id        TEXT    NOT NULL REFERENCES audit_firms (id),
    status         TEXT    NOT NULL,
    status_reason  TEXT,
    created_at     BIGINT  NOT NULL,
    updated_at     BIGINT  NOT NULL,
    version        BIGINT  NOT NULL
);
CREATE INDEX ix_auditors_firm ON auditors (firm_id, user_id);

-- Auditors' public signing keys (Ed25519 PEM as `clearance keygen` writes it). A revoked key
-- keeps its row: attestations signed with it still name it. A key belongs to one auditor.
CREATE TABLE auditor_keys (
    id              TEXT    NOT NULL PRIMARY KEY,
    user_id         TEXT    NOT NULL REFERENCES users (id),
    name            TEXT    NOT NULL,
    algorithm       TEXT    NOT NULL,
    public_key_pem  TEXT    NOT NULL,
    key_hint        TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    revoked_at      BIGINT,
    version         BIGINT  NOT NULL,
    CONSTRAINT uq_auditor_keys_name UNIQUE (user_id, name),
    CONSTRAINT uq_auditor_keys_hint UNIQUE (key_hint)
);

-- Declared conflicts of interest of an auditor (party 'auditor', party_id = user id) or a firm
-- (party 'firm', party_id = firm id) toward an organization. kind: ownership | funding |
-- employment | paid_engagement; ended_on (epoch ms of the day, UTC) only for paid engagements.
-- A withdrawn declaration keeps its row (withdrawn_at set).
CREATE TABLE audit_conflicts (
    id            TEXT    NOT NULL PRIMARY KEY,
    party         TEXT    NOT NULL,
    party_id      TEXT    NOT NULL,
    org_id        TEXT    NOT NULL REFERENCES organizations (id),
    kind          TEXT    NOT NULL,
    ended_on      BIGINT,
    note          TEXT,
    declared_by   TEXT    NOT NULL REFERENCES users (id),
    created_at    BIGINT  NOT NULL,
    withdrawn_at  BIGINT,
    version       BIGINT  NOT NULL
);
CREATE INDEX ix_audit_conflicts_party ON audit_conflicts (party_id, org_id);

-- An organization's request that an auditor audit one release. status: requested | accepted |
-- declined. The audit report (uploaded by the auditor, stored in the blob store by SHA-256) is
-- the engagement's current report.
CREATE TABLE audit_engagements (
    id               TEXT    NOT NULL PRIMARY KEY,
    release_id       TEXT    NOT NULL REFERENCES releases (id),
    auditor_id       TEXT    NOT NULL REFERENCES users (id),
    firm_id          TEXT    NOT NULL REFERENCES audit_firms (id),
    scope            TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    requested_by     TEXT    NOT NULL REFERENCES users (id),
    decision_reason  TEXT,
    decided_at       BIGINT,
    report_name      TEXT,
    report_sha256    TEXT,
    report_size      BIGINT,
    report_at        BIGINT,
    created_at       BIGINT  NOT NULL,
    updated_at       BIGINT  NOT NULL,
    version          BIGINT  NOT NULL
);
CREATE INDEX ix_audit_engagements_release ON audit_engagements (release_id, id);
CREATE INDEX ix_audit_engagements_auditor ON audit_engagements (auditor_id, id);

-- Verified audit attestations (append-only): the facts the registry checked, the bundle itself
-- in the blob store by bundle_sha256. conditions: one a line.
CREATE TABLE audit_attestations (
    id              TEXT    NOT NULL PRIMARY KEY,
    engagement_id   TEXT    NOT NULL REFERENCES audit_engagements (id),
    release_id      TEXT    NOT NULL REFERENCES releases (id),
    key_id          TEXT    NOT NULL REFERENCES auditor_keys (id),
    bundle_sha256   TEXT    NOT NULL,
    root_digest     TEXT    NOT NULL,
    result          TEXT    NOT NULL,
    scope           TEXT    NOT NULL,
    conditions      TEXT    NOT NULL,
    report_sha256   TEXT    NOT NULL,
    attested_on     BIGINT  NOT NULL,
    created_at      BIGINT  NOT NULL
);
CREATE INDEX ix_audit_attestations_release ON audit_attestations (release_id, id);
CREATE INDEX ix_audit_attestations_engagement ON audit_attestations (engagement_id, id);
