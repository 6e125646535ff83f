package dev.clearance.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP client of the registry acting as one caller (anonymous, or with an API token), for tests.
 * Every call goes over real HTTP to the running server.
 */
public final class ApiClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int LARGE_BODY = 64 * 1024;

  private final URI base;
  private final Optional<String> token;
  private final String name;

  public ApiClient(URI base, Optional<String> token, String name) {
    this.base = base;
    this.token = token;
    this.name = name;
  }

  /** Who this client acts as: the user's handle, or {@code anonymous}. */
  public String name() {
    return name;
  }

  public Optional<String> token() {
    return token;
  }

  public ApiResponse get(String path) {
    return send("GET", path, null, null, Map.of());
  }

  public ApiResponse delete(String path) {
    return send("DELETE", path, null, null, Map.of());
  }

  public ApiResponse post(String path, String json) {
    return send("POST", path, json.getBytes(), "application/json", Map.of());
  }

  public ApiResponse patch(String path, String json) {
    return send("PATCH", path, json.getBytes(), "application/json", Map.of());
  }

  public ApiResponse put(String path, String json) {
    return send("PUT", path, json.getBytes(), "application/json", Map.of());
  }

  /** Uploads raw bytes, e.g. a dossier file. */
  public ApiResponse putBytes(String path, byte[] content) {
    return send("PUT", path, content, "application/octet-stream", Map.of());
  }

  /** Any request, with extra headers (e.g. If-Match). */
  public ApiResponse send(
      String method, String path, byte[] body, String contentType, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body))
            // Large bodies wait for "100 Continue", as careful clients do: a body over the
            // server's limit is then refused (413) before it is sent, instead of the server
            // answering mid-upload and closing a connection the client is still writing to.
            .expectContinue(body != null && body.length > LARGE_BODY);
    Map<String, String> all = new LinkedHashMap<>(headers);
    if (contentType != null) {
      all.putIfAbsent("Content-Type", contentType);
    }
    token.ifPresent(secret -> all.putIfAbsent("Authorization", "Bearer " + secret));
    all.forEach(request::header);
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new ApiResponse(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
