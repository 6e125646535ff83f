package dev.clearance.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.ClearanceServer;
import dev.clearance.server.ServerConfig;
import dev.clearance.server.route.Principal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests that Jetty refuses before any route runs get the API's error body and a closed line. */
class BadMessageErrorHandlerTest {

  private static ClearanceServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server =
        ClearanceServer.start(
            ServerConfig.loopback(), List.of(), ctx -> Principal.ANONYMOUS, () -> "", "test");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(server.baseUri().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void encodedNulInPath_400ErrorBodyAndConnectionClose_nextRequestAnswered() throws Exception {
    HttpResponse<String> refused = get("/api/v1/orgs/a%00b");
    HttpResponse<String> next = get("/health/live");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(refused.headers().firstValue("Connection")).hasValue("close");
    JsonNode body = Json.mapper().readTree(refused.body());
    assertThat(body.path("code").asText()).isEqualTo("bad_request");
    assertThat(body.path("message").asText()).startsWith("the server refused the request");
    assertThat(body.path("details").path("status").asInt()).isEqualTo(400);
    assertThat(body.path("hint").asText()).isNotBlank();
    assertThat(next.statusCode()).isEqualTo(200);
  }
}
