-- Notifications (issue 6 item 7): a transactional outbox. A feature that decides something writes
-- the event, its recipients' inbox rows and its webhook/email deliveries in the SAME transaction as
-- the decision; a background job sends the deliveries after commit.
-- Conventions as in V202611201000 (docs/decisions/005-portable-migrations.md).
-- Never edit this file once merged: add a new V<yyyyMMddHHmm>__<what>.sql instead.

-- One row per event. org_slug/model_name/version_label name the release it is about, if any.
CREATE TABLE notification_events (
    id             TEXT    NOT NULL PRIMARY KEY,
    kind           TEXT    NOT NULL,
    org_slug       TEXT,
    model_name     TEXT,
    version_label  TEXT,
    title          TEXT    NOT NULL,
    body           TEXT    NOT NULL,
    link           TEXT    NOT NULL,
    created_at     BIGINT  NOT NULL
);

-- The in-app inbox: one row per recipient of an event.
CREATE TABLE notification_inbox (
    user_id   TEXT    NOT NULL REFERENCES users (id),
    event_id  TEXT    NOT NULL REFERENCES notification_events (id),
    read_at   BIGINT,
    PRIMARY KEY (user_id, event_id)
);
CREATE INDEX ix_notification_inbox_unread ON notification_inbox (user_id, read_at, event_id);

-- Events sent at most once (e.g. window_closing 7 days before a window's end): the key records it.
CREATE TABLE notification_once (
    once_key    TEXT    NOT NULL PRIMARY KEY,
    created_at  BIGINT  NOT NULL
);

-- Webhooks of an organization (org_id set) or of the registry (org_id NULL, stewards' events).
-- secret is the HMAC key the registry signs deliveries with; shown once at creation, never again.
-- event_kinds is a space-separated list of notification kinds.
CREATE TABLE webhooks (
    id           TEXT     NOT NULL PRIMARY KEY,
    org_id       TEXT     REFERENCES organizations (id),
    url          TEXT     NOT NULL,
    event_kinds  TEXT     NOT NULL,
    secret       TEXT     NOT NULL,
    active       INTEGER  NOT NULL,
    created_by   TEXT     NOT NULL REFERENCES users (id),
    created_at   BIGINT   NOT NULL,
    updated_at   BIGINT   NOT NULL,
    version      BIGINT   NOT NULL,
    CONSTRAINT ck_webhooks_active CHECK (active IN (0, 1))
);
CREATE INDEX ix_webhooks_org ON webhooks (org_id, id);

-- Deliveries to send: channel 'webhook' (webhook_id set) or 'email' (recipient_id set; the address
-- is read when sending). status: pending, delivered, failed (gave up). claimed_until: an instance
-- is sending it until then; nobody else takes it meanwhile.
CREATE TABLE notification_deliveries (
    id                TEXT     NOT NULL PRIMARY KEY,
    event_id          TEXT     NOT NULL REFERENCES notification_events (id),
    channel           TEXT     NOT NULL,
    webhook_id        TEXT     REFERENCES webhooks (id),
    recipient_id      TEXT     REFERENCES users (id),
    status            TEXT     NOT NULL,
    attempts          INTEGER  NOT NULL,
    next_attempt_at   BIGINT,
    claimed_until     BIGINT,
    last_attempt_at   BIGINT,
    last_status_code  INTEGER,
    last_error        TEXT,
    delivered_at      BIGINT,
    created_at        BIGINT   NOT NULL
);
CREATE INDEX ix_notification_deliveries_due ON notification_deliveries (status, next_attempt_at);
CREATE INDEX ix_notification_deliveries_webhook ON notification_deliveries (webhook_id, id);
