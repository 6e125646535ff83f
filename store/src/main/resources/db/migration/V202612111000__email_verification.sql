-- Verified email addresses: notifications are emailed only to an address its owner verified by
-- opening a link sent to it (docs/notifications.md "Verifying an address"). email_verified_at is
-- when the current address was verified; NULL while unverified, and again whenever the address
-- changes. Addresses stored before this migration start unverified.
-- Conventions as in V202611201000 (docs/decisions/005-portable-migrations.md).
-- Never edit this file once merged: add a new V<yyyyMMddHHmm>__<what>.sql instead.

ALTER TABLE users ADD COLUMN email_verified_at BIGINT;
