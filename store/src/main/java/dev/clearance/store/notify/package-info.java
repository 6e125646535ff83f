/**
 * Notifications as a transactional outbox (issue 6 item 7): events, the users' in-app inbox,
 * webhooks and the webhook/email deliveries a background job sends after commit, each claimed by
 * one server instance at a time (OPS-1).
 */
package dev.clearance.store.notify;
