package dev.clearance.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.document.InputException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A client of the registry API for the CLI: JSON requests and file uploads with an API token. Every
 * error answer of the registry ({@code {code, message, details, hint}}) becomes an {@link
 * InputException} carrying the registry's message and hint, so the CLI prints both.
 */
final class RegistryClient {

  private final ObjectMapper json = new ObjectMapper();

  private final URI base;
  private final String token;
  private final HttpClient http;

  RegistryClient(URI base, String token) {
    this.base = base;
    this.token = token;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
  }

  /** An answer of the registry: its status and parsed JSON body (null when not JSON). */
  record Answer(int status, JsonNode body, String text) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  Answer putJson(String path, Map<String, ?> body) throws InputException {
    return send("PUT", path, HttpRequest.BodyPublishers.ofString(toJson(body)), "application/json");
  }

  Answer postJson(String path, Map<String, ?> body) throws InputException {
    return send(
        "POST", path, HttpRequest.BodyPublishers.ofString(toJson(body)), "application/json");
  }

  Answer putFile(String path, Path file) throws InputException {
    try {
      return send("PUT", path, HttpRequest.BodyPublishers.ofFile(file), "application/octet-stream");
    } catch (FileNotFoundException e) {
      throw new InputException(file.toString(), 0, "cannot read the file", "check the folder");
    }
  }

  /** Throws the registry's error as an {@link InputException} when {@code answer} is not 2xx. */
  Answer require(Answer answer, String what) throws InputException {
    if (answer.ok()) {
      return answer;
    }
    throw failure(answer, what);
  }

  InputException failure(Answer answer, String what) {
    String message =
        answer.body() != null && answer.body().hasNonNull("message")
            ? answer.body().get("message").asText()
            : "HTTP " + answer.status() + ": " + abbreviate(answer.text());
    String hint =
        answer.body() != null && answer.body().hasNonNull("hint")
            ? answer.body().get("hint").asText()
            : "";
    if (answer.status() == 401) {
      hint = "pass an API token of a member of the organization: --token or CLEARANCE_TOKEN";
    }
    return new InputException(base.toString(), 0, what + " failed: " + message, hint);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private Answer send(String method, String path, HttpRequest.BodyPublisher body, String type)
      throws InputException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(method, body)
            .header("Content-Type", type)
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofMinutes(30))
            // Uploads wait for "100 Continue": a file over the registry's limit is refused before
            // it is sent.
            .expectContinue(type.equals("application/octet-stream"))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), parse(response.body()), response.body());
    } catch (IOException e) {
      throw new InputException(
          base.toString(),
          0,
          "cannot reach the registry: " + e.getMessage(),
          "check --server (e.g. http://127.0.0.1:8080) and that the registry runs");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(base.toString(), 0, "interrupted", "");
    }
  }

  private JsonNode parse(String text) {
    try {
      return text.isBlank() ? null : json.readTree(text);
    } catch (IOException notJson) {
      return null;
    }
  }

  private String toJson(Map<String, ?> body) {
    try {
      return json.writeValueAsString(body);
    } catch (IOException impossible) {
      throw new IllegalStateException("a map of strings always serializes", impossible);
    }
  }

  private static String abbreviate(String text) {
    String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
