-- Organization signing keys and registry-side verification of signature bundles (ART-2, ACC-4).
-- Conventions as in V202611201000 (docs/decisions/005-portable-migrations.md).
-- Never edit this file once merged: add a new V<yyyyMMddHHmm>__<what>.sql instead.

-- The public keys an organization signs its models with (PEM as `clearance keygen` writes it).
-- A revoked key keeps its row (revoked_at set): releases verified with it still name it.
-- key_hint is the OMS bundle key hint: lowercase hex SHA-256 of the key's canonical PEM.
CREATE TABLE signing_keys (
    id              TEXT    NOT NULL PRIMARY KEY,
    org_id          TEXT    NOT NULL REFERENCES organizations (id),
    name            TEXT    NOT NULL,
    algorithm       TEXT    NOT NULL,
    public_key_pem  TEXT    NOT NULL,
    key_hint        TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    revoked_at      BIGINT,
    version         BIGINT  NOT NULL,
    CONSTRAINT uq_signing_keys_name UNIQUE (org_id, name),
    CONSTRAINT uq_signing_keys_hint UNIQUE (org_id, key_hint)
);

-- What a check report vouches for: the digest over the uploaded files it was made from
-- (names and SHA-256 of every file, signature bundles included), so a later upload is noticed.
ALTER TABLE check_reports ADD COLUMN files_digest TEXT;
UPDATE check_reports SET files_digest =
    (SELECT r.root_digest FROM releases r WHERE r.id = check_reports.release_id);

-- The signature bundle a check verified: one row per check report at most. files_checked and
-- attestations are lists of lines (uploaded paths cannot contain control characters).
CREATE TABLE bundle_verifications (
    check_report_id  TEXT    NOT NULL PRIMARY KEY REFERENCES check_reports (id),
    release_id       TEXT    NOT NULL REFERENCES releases (id),
    key_id           TEXT    NOT NULL REFERENCES signing_keys (id),
    bundle_path      TEXT    NOT NULL,
    bundle_sha256    TEXT    NOT NULL,
    model_name       TEXT    NOT NULL,
    root_digest      TEXT    NOT NULL,
    files_checked    TEXT    NOT NULL,
    attestations     TEXT    NOT NULL,
    created_at       BIGINT  NOT NULL
);
CREATE INDEX ix_bundle_verifications_release ON bundle_verifications (release_id, check_report_id);
