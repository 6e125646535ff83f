package dev.clearance.server.notify;

import java.util.List;

/**
 * Body of registering a webhook.
 *
 * @param url where deliveries are POSTed: {@code http://} or {@code https://}
 * @param events the notification kinds it receives (at least one), e.g. {@code window_opened}
 * @param active whether it receives deliveries now (default true)
 */
public record WebhookRequest(String url, List<String> events, Boolean active) {}
