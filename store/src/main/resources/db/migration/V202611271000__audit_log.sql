-- Audit log (ACC-1): an RFC 6962 Merkle tree of every decision. Portable as the registry schema.
-- audit_head holds the tree size; its single row is locked by every append, which serializes
-- appends across server instances. audit_nodes holds the hash of every complete subtree
-- (level 0 = leaf hashes), audit_entries the leaf data (canonical JSON, the exact bytes hashed),
-- audit_sealed the private details that an entry commits to, audit_checkpoints signed tree heads.

CREATE TABLE audit_head (
    id       INTEGER NOT NULL PRIMARY KEY,
    size     BIGINT  NOT NULL,
    version  BIGINT  NOT NULL
);
INSERT INTO audit_head (id, size, version) VALUES (1, 0, 1);

CREATE TABLE audit_nodes (
    level  INTEGER NOT NULL,
    idx    BIGINT  NOT NULL,
    hash   TEXT    NOT NULL,
    PRIMARY KEY (level, idx)
);

CREATE TABLE audit_entries (
    seq         BIGINT NOT NULL PRIMARY KEY,
    subject     TEXT   NOT NULL,
    action      TEXT   NOT NULL,
    leaf        TEXT   NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX ix_audit_entries_subject ON audit_entries (subject, seq);

CREATE TABLE audit_sealed (
    seq          BIGINT NOT NULL PRIMARY KEY REFERENCES audit_entries (seq),
    subject      TEXT   NOT NULL,
    salt         TEXT   NOT NULL,
    details      TEXT   NOT NULL,
    revealed_at  BIGINT
);
CREATE INDEX ix_audit_sealed_subject ON audit_sealed (subject, seq);

CREATE TABLE audit_checkpoints (
    size        BIGINT NOT NULL PRIMARY KEY,
    root        TEXT   NOT NULL,
    note        TEXT   NOT NULL,
    created_at  BIGINT NOT NULL
);
