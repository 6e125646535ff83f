package dev.clearance.server.notify;

import dev.clearance.server.http.ApiException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks the fields of webhook requests; every refusal is a 400 naming the field. */
final class WebhookInput {

  private final WebhookTargets targets;

  WebhookInput(WebhookTargets targets) {
    this.targets = targets;
  }

  String url(String url) {
    Optional<String> problem = targets.problem(url);
    if (problem.isPresent()) {
      throw invalid(
          "url",
          problem.get(),
          "Give the absolute http:// or https:// URL of a receiver that can be reached from the"
              + " internet.");
    }
    return url.strip();
  }

  Set<String> events(List<String> events) {
    if (events == null || events.isEmpty()) {
      throw invalid(
          "events",
          "events lists no notification kinds",
          "List the kinds the webhook receives, from: "
              + NotificationKind.webhookWireNames()
              + ".");
    }
    Set<String> kinds = new LinkedHashSet<>();
    for (String event : events) {
      try {
        kinds.add(NotificationKind.webhookKind(event).wireName());
      } catch (IllegalArgumentException e) {
        throw invalid(
            "events",
            e.getMessage(),
            "Use only kinds from: " + NotificationKind.webhookWireNames() + ".");
      }
    }
    return kinds;
  }

  private static ApiException invalid(String field, String message, String hint) {
    return ApiException.badRequest("invalid_value", message, Map.of("field", field), hint);
  }
}
