package dev.clearance.server.notify;

import java.util.List;

/**
 * Body of changing a webhook; absent fields stay as they are. The secret cannot be changed: delete
 * the webhook and register a new one.
 */
public record WebhookUpdate(String url, List<String> events, Boolean active) {}
