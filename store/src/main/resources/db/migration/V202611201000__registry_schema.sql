-- Registry schema (OPS-1, OPS-3, REV-1). Portable: runs unchanged on SQLite and PostgreSQL.
-- Conventions (docs/decisions/005-portable-migrations.md): ids are TEXT UUIDv7 made in Java;
-- times are BIGINT epoch milliseconds UTC; hashes are lowercase hex TEXT; JSON is TEXT;
-- booleans are INTEGER 0/1; every row that is edited has a BIGINT version starting at 1.
-- Never edit this file once merged: add a new V<yyyyMMddHHmm>__<what>.sql instead.

CREATE TABLE organizations (
    id            TEXT    NOT NULL PRIMARY KEY,
    slug          TEXT    NOT NULL,
    display_name  TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL,
    updated_at    BIGINT  NOT NULL,
    version       BIGINT  NOT NULL,
    CONSTRAINT uq_organizations_slug UNIQUE (slug)
);

CREATE TABLE users (
    id             TEXT    NOT NULL PRIMARY KEY,
    handle         TEXT    NOT NULL,
    display_name   TEXT    NOT NULL,
    email          TEXT,
    password_hash  TEXT,
    status         TEXT    NOT NULL,
    created_at     BIGINT  NOT NULL,
    updated_at     BIGINT  NOT NULL,
    version        BIGINT  NOT NULL,
    CONSTRAINT uq_users_handle UNIQUE (handle),
    CONSTRAINT uq_users_email UNIQUE (email)
);

CREATE TABLE memberships (
    user_id     TEXT    NOT NULL REFERENCES users (id),
    org_id      TEXT    NOT NULL REFERENCES organizations (id),
    role        TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL,
    version     BIGINT  NOT NULL,
    PRIMARY KEY (user_id, org_id)
);
CREATE INDEX ix_memberships_org ON memberships (org_id, user_id);

CREATE TABLE global_roles (
    user_id     TEXT    NOT NULL REFERENCES users (id),
    role        TEXT    NOT NULL,
    granted_by  TEXT    REFERENCES users (id),
    granted_at  BIGINT  NOT NULL,
    expires_at  BIGINT,
    PRIMARY KEY (user_id, role)
);
CREATE INDEX ix_global_roles_role ON global_roles (role, user_id);

CREATE TABLE api_tokens (
    id            TEXT    NOT NULL PRIMARY KEY,
    user_id       TEXT    NOT NULL REFERENCES users (id),
    name          TEXT    NOT NULL,
    secret_hash   TEXT    NOT NULL,
    prefix        TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL,
    last_used_at  BIGINT,
    expires_at    BIGINT,
    revoked_at    BIGINT,
    version       BIGINT  NOT NULL,
    CONSTRAINT uq_api_tokens_secret_hash UNIQUE (secret_hash),
    CONSTRAINT uq_api_tokens_name UNIQUE (user_id, name)
);

CREATE TABLE sessions (
    id_hash     TEXT    NOT NULL PRIMARY KEY,
    user_id     TEXT    NOT NULL REFERENCES users (id),
    csrf_hash   TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    expires_at  BIGINT  NOT NULL
);
CREATE INDEX ix_sessions_user ON sessions (user_id);
CREATE INDEX ix_sessions_expires ON sessions (expires_at);

-- One row at most (id = 1): the one-time steward bootstrap token, stored hashed.
CREATE TABLE bootstrap (
    id           INTEGER NOT NULL PRIMARY KEY,
    token_hash   TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL,
    redeemed_at  BIGINT,
    redeemed_by  TEXT    REFERENCES users (id),
    CONSTRAINT ck_bootstrap_single CHECK (id = 1)
);

CREATE TABLE models (
    id            TEXT    NOT NULL PRIMARY KEY,
    org_id        TEXT    NOT NULL REFERENCES organizations (id),
    name          TEXT    NOT NULL,
    display_name  TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL,
    updated_at    BIGINT  NOT NULL,
    version       BIGINT  NOT NULL,
    CONSTRAINT uq_models_name UNIQUE (org_id, name)
);

CREATE TABLE releases (
    id                 TEXT     NOT NULL PRIMARY KEY,
    model_id           TEXT     NOT NULL REFERENCES models (id),
    version_label      TEXT     NOT NULL,
    state              TEXT     NOT NULL,
    tier               INTEGER,
    policy_id          TEXT,
    policy_version     TEXT,
    root_digest        TEXT,
    created_at         BIGINT   NOT NULL,
    updated_at         BIGINT   NOT NULL,
    submitted_at       BIGINT,
    window_started_at  BIGINT,
    window_ends_at     BIGINT,
    recommended        INTEGER  NOT NULL,
    version            BIGINT   NOT NULL,
    CONSTRAINT uq_releases_version_label UNIQUE (model_id, version_label),
    CONSTRAINT ck_releases_recommended CHECK (recommended IN (0, 1))
);
CREATE INDEX ix_releases_state ON releases (state, id);

CREATE TABLE release_files (
    id            TEXT    NOT NULL PRIMARY KEY,
    release_id    TEXT    NOT NULL REFERENCES releases (id),
    kind          TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    size_bytes    BIGINT  NOT NULL,
    sha256        TEXT    NOT NULL,
    storage_path  TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL,
    CONSTRAINT uq_release_files_name UNIQUE (release_id, name)
);

CREATE TABLE check_reports (
    id              TEXT     NOT NULL PRIMARY KEY,
    release_id      TEXT     NOT NULL REFERENCES releases (id),
    policy_id       TEXT     NOT NULL,
    policy_version  TEXT     NOT NULL,
    passed          INTEGER  NOT NULL,
    report_json     TEXT     NOT NULL,
    created_at      BIGINT   NOT NULL,
    CONSTRAINT ck_check_reports_passed CHECK (passed IN (0, 1))
);
CREATE INDEX ix_check_reports_release ON check_reports (release_id, id);

CREATE TABLE transitions (
    id          TEXT    NOT NULL PRIMARY KEY,
    release_id  TEXT    NOT NULL REFERENCES releases (id),
    from_state  TEXT    NOT NULL,
    to_state    TEXT    NOT NULL,
    actor_id    TEXT    REFERENCES users (id),
    reason      TEXT,
    created_at  BIGINT  NOT NULL
);
CREATE INDEX ix_transitions_release ON transitions (release_id, id);

CREATE TABLE waivers (
    id           TEXT    NOT NULL PRIMARY KEY,
    release_id   TEXT    NOT NULL REFERENCES releases (id),
    requirement  TEXT    NOT NULL,
    steward_id   TEXT    NOT NULL REFERENCES users (id),
    reason       TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL,
    CONSTRAINT uq_waivers_requirement UNIQUE (release_id, requirement)
);

-- Leases for background jobs: one holder per name until expires_at (server clocks in sync).
CREATE TABLE job_leases (
    name         TEXT    NOT NULL PRIMARY KEY,
    holder       TEXT    NOT NULL,
    acquired_at  BIGINT  NOT NULL,
    expires_at   BIGINT  NOT NULL,
    version      BIGINT  NOT NULL
);
