-- An evaluator's own findings across releases ("my findings", GET /api/v1/me/findings; issue 7).
-- Conventions as in V202611201000 (docs/decisions/005-portable-migrations.md).
-- Never edit this file once merged: add a new V<yyyyMMddHHmm>__<what>.sql instead.
CREATE INDEX ix_findings_evaluator ON findings (evaluator_id, id);
