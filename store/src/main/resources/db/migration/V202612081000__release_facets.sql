-- What the public catalog filters releases by (issue 7): license and modalities of the release's
-- latest check, kept in queryable form instead of being read from every stored report per
-- request. Conventions as in V202611201000 (docs/decisions/005-portable-migrations.md).
-- Never edit this file once merged: add a new V<yyyyMMddHHmm>__<what>.sql instead.
--
-- A row is written with every stored check report (replacing the release's previous row). Rows
-- for reports stored before this migration cannot be made in SQL (the facts are in the card file
-- in the blob store); the server's catalog-facets job fills them in after start.

CREATE TABLE release_facets (
    release_id       TEXT    NOT NULL PRIMARY KEY REFERENCES releases (id),
    check_report_id  TEXT    NOT NULL REFERENCES check_reports (id),
    license          TEXT,
    pipeline_tag     TEXT,
    -- Space-separated, sorted: e.g. 'image text'; '' when the dossier does not say.
    modalities       TEXT    NOT NULL,
    created_at       BIGINT  NOT NULL
);
CREATE INDEX ix_release_facets_license ON release_facets (license, release_id);

-- The catalog lists releases most recently changed first.
CREATE INDEX ix_releases_updated ON releases (updated_at, id);
