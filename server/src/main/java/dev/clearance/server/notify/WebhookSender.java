package dev.clearance.server.notify;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * POSTs signed webhook deliveries (headers in {@link WebhookSignature}). Any 2xx answer delivers;
 * redirects are not followed (a 3xx is a failure); connecting and the answer are each bounded by
 * the timeout, so a slow receiver costs one timeout, not the job.
 */
final class WebhookSender {

  private final HttpClient http;
  private final Duration timeout;
  private final WebhookTargets targets;
  private final Clock clock;

  WebhookSender(Duration timeout, WebhookTargets targets, Clock clock) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.timeout = timeout;
    this.targets = targets;
    this.clock = clock;
  }

  /** Sends one attempt of delivery {@code deliveryId}; never throws for the receiver's faults. */
  AttemptOutcome send(String url, String secret, String deliveryId, String kind, byte[] body) {
    URI uri = URI.create(url);
    try {
      Optional<String> refused = targets.addressProblem(uri);
      if (refused.isPresent()) {
        return AttemptOutcome.failed(null, refused.get());
      }
    } catch (UnknownHostException e) {
      return AttemptOutcome.failed(null, "the host name " + uri.getHost() + " does not resolve");
    }
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("User-Agent", "Clearance-Webhooks")
            .header(WebhookSignature.DELIVERY_HEADER, deliveryId)
            .header(WebhookSignature.EVENT_HEADER, kind)
            .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
            .header(
                WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      return status >= 200 && status < 300
          ? AttemptOutcome.delivered(status)
          : AttemptOutcome.failed(status, "the receiver answered HTTP " + status);
    } catch (HttpTimeoutException e) {
      return AttemptOutcome.failed(null, "no answer within " + timeout.toMillis() + " ms");
    } catch (IOException e) {
      return AttemptOutcome.failed(
          null,
          "could not reach the receiver: " + e.getClass().getSimpleName() + " " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return AttemptOutcome.failed(null, "interrupted while sending");
    }
  }
}
