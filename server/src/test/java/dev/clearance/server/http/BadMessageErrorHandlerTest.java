package dev.clearance.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.ClearanceServer;
import dev.clearance.server.ServerConfig;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import dev.clearance.server.route.Principal;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests that Jetty refuses before any route runs get the API's error body and a closed line; a
 * body over the limit is refused with {@code Connection: close}, and in both cases the client's
 * next request is answered.
 */
class BadMessageErrorHandlerTest {

  private static ClearanceServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  record Note(String text) {}

  @BeforeAll
  static void start() {
    Endpoint echo =
        Endpoint.withBody(
            Method.POST,
            "/test/notes",
            "note",
            "test",
            "Echo a note",
            Access.anyone(),
            Note.class,
            "{\"text\":\"hi\"}",
            Note.class,
            201,
            (ctx, caller) -> ctx.json(Json.read(ctx, Note.class)));
    server =
        ClearanceServer.start(
            new ServerConfig("127.0.0.1", 0, 4096),
            List.of(echo),
            ctx -> Principal.ANONYMOUS,
            () -> "",
            "test");
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

  @Test
  void bodyOverLimit_413WithConnectionClose_nextRequestAnswered() throws Exception {
    String big = "{\"text\":\"" + "a".repeat(4 << 20) + "\"}";

    HttpResponse<String> refused =
        HTTP.send(
            HttpRequest.newBuilder(server.baseUri().resolve("/test/notes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(big))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> next = get("/health/live");

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.headers().firstValue("Connection")).hasValue("close");
    assertThat(Json.mapper().readTree(refused.body()).path("code").asText()).isEqualTo("too_large");
    assertThat(next.statusCode()).isEqualTo(200);
  }

  @Test
  void bodyOverLimit_stillBeingSent_isReadToItsEndAndThenAnswered413() throws Exception {
    byte[] body = ("{\"text\":\"" + "a".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    String head =
        "POST /test/notes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Content-Length: "
            + body.length
            + "\r\n\r\n";
    try (Socket socket = new Socket(server.baseUri().getHost(), server.baseUri().getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, 8000); // past the 4096-byte limit
      out.flush();
      socket.setSoTimeout(300);
      InputStream in = socket.getInputStream();

      // The server waits for the rest of the body instead of answering and closing on a client
      // that is still sending (whose next write would then fail).
      assertThatThrownBy(in::read).isInstanceOf(SocketTimeoutException.class);
      out.write(body, 8000, body.length - 8000);
      out.flush();
      socket.setSoTimeout(30_000);
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);

      assertThat(answer).startsWith("HTTP/1.1 413").contains("\"code\":\"too_large\"");
    }
  }
}
