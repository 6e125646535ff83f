-- Replaces the partial unique index of V202612071000 with a portable one (docs/decisions/
-- 005-portable-migrations.md uses no partial indexes): open_slot is "<release_id> <evaluator_id>"
-- while a grant is requested or active and NULL otherwise; NULLs never collide in a unique index.
-- Never edit this file once merged: add a new V<yyyyMMddHHmm>__<what>.sql instead.

DROP INDEX uq_access_grants_open;
ALTER TABLE access_grants ADD COLUMN open_slot TEXT;
UPDATE access_grants SET open_slot = release_id || ' ' || evaluator_id
    WHERE status IN ('requested', 'active');
CREATE UNIQUE INDEX uq_access_grants_open_slot ON access_grants (open_slot);
