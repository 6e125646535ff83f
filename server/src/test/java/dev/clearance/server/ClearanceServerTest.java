package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import dev.clearance.server.route.Principal;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's common behaviour over real HTTP: error bodies, body limits, JSON errors, access
 * rules, health and the OpenAPI document. The endpoints and the header-based authenticator here
 * exist only to exercise that machinery; the registry's endpoints have their own tests.
 */
class ClearanceServerTest {

  record Greeting(String name, int count) {
    Greeting {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
    }
  }

  private static ClearanceServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    List<Endpoint> endpoints =
        List.of(
            Endpoint.withBody(
                Method.POST,
                "/test/greetings",
                "greet",
                "test",
                "Echo a greeting",
                Access.anyone(),
                Greeting.class,
                "{\"name\":\"ada\",\"count\":1}",
                Greeting.class,
                201,
                (ctx, caller) -> ctx.json(Json.read(ctx, Greeting.class))),
            Endpoint.of(
                Method.GET,
                "/test/stewards-only",
                "stewardsOnly",
                "test",
                "Stewards only",
                Access.steward(),
                String.class,
                (ctx, caller) -> ctx.json("ok")),
            Endpoint.of(
                Method.GET,
                "/test/orgs/{org}/secret",
                "orgSecret",
                "test",
                "Org members only",
                Access.releaser(),
                String.class,
                (ctx, caller) -> ctx.json("ok")),
            Endpoint.of(
                Method.GET,
                "/test/boom",
                "boom",
                "test",
                "Fails",
                Access.anyone(),
                String.class,
                (ctx, caller) -> {
                  throw new IllegalStateException("secret internal detail");
                }));
    server =
        ClearanceServer.start(
            new ServerConfig("127.0.0.1", 0, 4096),
            endpoints,
            ctx -> {
              String user = ctx.header("X-Test-User");
              if (user == null) {
                return Principal.ANONYMOUS;
              }
              if (user.equals("invalid")) {
                throw ApiException.unauthenticated("the token is not valid");
              }
              return new Principal(
                  Optional.of(user),
                  user,
                  user.equals("steward") ? Set.of(GlobalRole.STEWARD) : Set.of(),
                  user.equals("member") ? Map.of("acme", OrgRole.RELEASER) : Map.of());
            },
            () -> "",
            "test");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(server.baseUri().resolve(path)).GET();
  }

  private static HttpRequest.Builder post(String path, String body) {
    return HttpRequest.newBuilder(server.baseUri().resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return Json.mapper().readTree(response.body());
  }

  @Test
  void liveness_always_ok() throws Exception {
    HttpResponse<String> response = send(get("/health/live"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("status").asText()).isEqualTo("ok");
  }

  @Test
  void readiness_databaseDown_503WithProblem() throws Exception {
    try (ClearanceServer notReady =
        ClearanceServer.start(
            ServerConfig.loopback(),
            List.of(),
            ctx -> Principal.ANONYMOUS,
            () -> "database unreachable: connection refused",
            "test")) {
      HttpResponse<String> response =
          send(HttpRequest.newBuilder(notReady.baseUri().resolve("/health/ready")));

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(json(response).get("code").asText()).isEqualTo("not_ready");
      assertThat(json(response).get("message").asText()).contains("connection refused");
    }
  }

  @Test
  void unknownRoute_404WithErrorBody() throws Exception {
    HttpResponse<String> response = send(get("/api/v1/nothing-here"));

    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode body = json(response);
    assertThat(body.get("code").asText()).isEqualTo("not_found");
    assertThat(body.get("message").asText()).contains("/api/v1/nothing-here");
    assertThat(body.has("hint")).isTrue();
    assertThat(body.has("details")).isTrue();
  }

  @Test
  void post_validBody_createdWithEcho() throws Exception {
    HttpResponse<String> response = send(post("/test/greetings", "{\"name\":\"ada\",\"count\":2}"));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(json(response).get("count").asInt()).isEqualTo(2);
  }

  @Test
  void post_malformedJson_400WithLineAndColumn() throws Exception {
    HttpResponse<String> response = send(post("/test/greetings", "{\n  \"name\": \"ada\",,\n}"));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = json(response);
    assertThat(body.get("code").asText()).isEqualTo("malformed_json");
    assertThat(body.get("details").get("line").asInt()).isEqualTo(2);
    assertThat(body.get("message").asText()).contains("line 2");
  }

  @Test
  void post_wrongType_400NamingField() throws Exception {
    HttpResponse<String> response =
        send(post("/test/greetings", "{\"name\":\"ada\",\"count\":\"many\"}"));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = json(response);
    assertThat(body.get("code").asText()).isEqualTo("wrong_type");
    assertThat(body.get("details").get("field").asText()).isEqualTo("count");
  }

  @Test
  void post_unknownField_400ListingKnownFields() throws Exception {
    HttpResponse<String> response =
        send(post("/test/greetings", "{\"name\":\"ada\",\"count\":1,\"colour\":\"red\"}"));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = json(response);
    assertThat(body.get("code").asText()).isEqualTo("unknown_field");
    assertThat(body.get("message").asText()).contains("'colour'").contains("count, name");
  }

  @Test
  void post_invalidValue_400WithValidationMessage() throws Exception {
    HttpResponse<String> response = send(post("/test/greetings", "{\"name\":\" \",\"count\":1}"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("code").asText()).isEqualTo("invalid_value");
    assertThat(json(response).get("message").asText()).contains("name must not be blank");
  }

  @Test
  void post_emptyBody_400() throws Exception {
    HttpResponse<String> response = send(post("/test/greetings", ""));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("code").asText()).isEqualTo("empty_body");
  }

  @Test
  void post_bodyOverLimit_413WithErrorBody() throws Exception {
    String big = "{\"name\":\"" + "a".repeat(10_000) + "\",\"count\":1}";

    HttpResponse<String> response = send(post("/test/greetings", big));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response).get("code").asText()).isEqualTo("too_large");
  }

  @Test
  void stewardEndpoint_anonymous_401() throws Exception {
    HttpResponse<String> response = send(get("/test/stewards-only"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).get("code").asText()).isEqualTo("unauthenticated");
  }

  @Test
  void stewardEndpoint_otherUser_403() throws Exception {
    HttpResponse<String> response = send(get("/test/stewards-only").header("X-Test-User", "bob"));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void stewardEndpoint_steward_200() throws Exception {
    HttpResponse<String> response =
        send(get("/test/stewards-only").header("X-Test-User", "steward"));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void invalidCredentials_401NotDowngradedToAnonymous() throws Exception {
    HttpResponse<String> response = send(get("/health/live").header("X-Test-User", "invalid"));

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void orgEndpoint_memberAndOutsider_200And403() throws Exception {
    assertThat(send(get("/test/orgs/acme/secret").header("X-Test-User", "member")).statusCode())
        .isEqualTo(200);
    HttpResponse<String> outsider =
        send(get("/test/orgs/other/secret").header("X-Test-User", "member"));
    assertThat(outsider.statusCode()).isEqualTo(403);
    assertThat(json(outsider).get("message").asText()).contains("'other'");
  }

  @Test
  void handlerBug_500WithIncidentIdAndNoInternals() throws Exception {
    HttpResponse<String> response = send(get("/test/boom"));

    assertThat(response.statusCode()).isEqualTo(500);
    JsonNode body = json(response);
    assertThat(body.get("details").get("incident").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("secret internal detail");
  }

  @Test
  void requestId_givenOrGenerated_echoed() throws Exception {
    HttpResponse<String> given = send(get("/health/live").header("X-Request-Id", "abc-123"));
    HttpResponse<String> generated = send(get("/health/live"));

    assertThat(given.headers().firstValue("X-Request-Id")).contains("abc-123");
    assertThat(generated.headers().firstValue("X-Request-Id").orElseThrow()).hasSize(36);
  }

  @Test
  void openApi_listsEveryEndpointWithAccessAndErrorSchema() throws Exception {
    HttpResponse<String> response = send(get("/openapi.json"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode document = json(response);
    assertThat(document.get("openapi").asText()).startsWith("3.");
    for (Endpoint endpoint : server.table().endpoints()) {
      JsonNode operation =
          document.get("paths").get(endpoint.path()).get(endpoint.method().name().toLowerCase());
      assertThat(operation).as(endpoint.operationId()).isNotNull();
      assertThat(operation.get("x-clearance-access").asText()).isNotBlank();
    }
    assertThat(document.get("components").get("schemas").has("ApiError")).isTrue();
    JsonNode greet = document.get("paths").get("/test/greetings").get("post");
    assertThat(greet.get("requestBody").get("content").get("application/json").get("example"))
        .isNotNull();
  }
}
