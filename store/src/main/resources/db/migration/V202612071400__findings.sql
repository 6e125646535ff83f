-- Findings of community review, the organization's responses, the evaluator's contest and the
-- steward's decision, comments and evidence attachments (REV-4, REV-5; issue 6). Conventions as in
-- V202611201000 (docs/decisions/005-portable-migrations.md).
-- Never edit this file once merged: add a new V<yyyyMMddHHmm>__<what>.sql instead.

-- One finding on one release, following the policy's template. state: open (no current
-- response), answered, contested (waits for a steward), resolved (a steward upheld the response).
-- affected_versions: version labels, one per line. *_redaction: the steward's reason when that
-- part is hidden from the public. duplicate_of: the original finding of the same release.
CREATE TABLE findings (
    id                      TEXT    NOT NULL PRIMARY KEY,
    release_id              TEXT    NOT NULL REFERENCES releases (id),
    evaluator_id            TEXT    NOT NULL REFERENCES users (id),
    title                   TEXT    NOT NULL,
    category                TEXT    NOT NULL,
    severity                TEXT    NOT NULL,
    affected_versions       TEXT    NOT NULL,
    summary                 TEXT,
    reproduction            TEXT,
    evidence                TEXT,
    suggested_mitigation    TEXT,
    state                   TEXT    NOT NULL,
    filed_at                BIGINT  NOT NULL,
    due_at                  BIGINT  NOT NULL,
    overdue_noted_at        BIGINT,
    duplicate_of            TEXT    REFERENCES findings (id),
    duplicate_by            TEXT    REFERENCES users (id),
    duplicate_at            BIGINT,
    reproduction_redaction  TEXT,
    evidence_redaction      TEXT,
    redacted_by             TEXT    REFERENCES users (id),
    redacted_at             BIGINT,
    version                 BIGINT  NOT NULL
);
CREATE INDEX ix_findings_release ON findings (release_id, id);
CREATE INDEX ix_findings_due ON findings (state, due_at, id);

-- The organization's responses to a finding, oldest first: a second one only after a steward
-- sustained the evaluator's contest of the first. kind: mitigated (what_changed, fixed_in,
-- evidence), accepted_risk or disputed (rationale). decision: upheld or sustained.
CREATE TABLE finding_responses (
    id               TEXT    NOT NULL PRIMARY KEY,
    finding_id       TEXT    NOT NULL REFERENCES findings (id),
    kind             TEXT    NOT NULL,
    what_changed     TEXT,
    fixed_in         TEXT,
    evidence         TEXT,
    rationale        TEXT,
    responded_by     TEXT    NOT NULL REFERENCES users (id),
    responded_at     BIGINT  NOT NULL,
    contest_reason   TEXT,
    contested_by     TEXT    REFERENCES users (id),
    contested_at     BIGINT,
    decision         TEXT,
    decision_reason  TEXT,
    decided_by       TEXT    REFERENCES users (id),
    decided_at       BIGINT
);
CREATE INDEX ix_finding_responses_finding ON finding_responses (finding_id, id);

-- Files attached to a finding (evidence and follow-ups); the bytes are in the blob store.
CREATE TABLE finding_attachments (
    id           TEXT    NOT NULL PRIMARY KEY,
    finding_id   TEXT    NOT NULL REFERENCES findings (id),
    uploaded_by  TEXT    NOT NULL REFERENCES users (id),
    name         TEXT    NOT NULL,
    sha256       TEXT    NOT NULL,
    size_bytes   BIGINT  NOT NULL,
    created_at   BIGINT  NOT NULL
);
CREATE INDEX ix_finding_attachments_finding ON finding_attachments (finding_id, id);

-- Comments and follow-ups on a finding, each with at most one attachment of its author.
CREATE TABLE finding_comments (
    id             TEXT    NOT NULL PRIMARY KEY,
    finding_id     TEXT    NOT NULL REFERENCES findings (id),
    author_id      TEXT    NOT NULL REFERENCES users (id),
    body           TEXT    NOT NULL,
    attachment_id  TEXT    REFERENCES finding_attachments (id),
    created_at     BIGINT  NOT NULL
);
CREATE INDEX ix_finding_comments_finding ON finding_comments (finding_id, id);
