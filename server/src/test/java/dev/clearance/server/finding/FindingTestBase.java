package dev.clearance.server.finding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.ReleaseTestBase;
import dev.clearance.store.identity.GlobalRole;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Steps shared by the finding tests: a checked, signed Tier 1 release ({@code
 * examples/tiny-classifier}, review window 0 days, so approval waits only for the findings) in
 * review, evaluators granted access by its organization, findings filed and answered through the
 * API.
 */
public abstract class FindingTestBase extends ReleaseTestBase {

  /** A new release in review with a signed, passing check. */
  protected Scenario inReview(String name) {
    return inReview(name, "tiny-classifier");
  }

  /** A new vetted evaluator whom the organization granted access for 60 days. */
  protected ApiClient grantedEvaluator(Scenario scenario, String handle) {
    ApiClient evaluator = user(handle, GlobalRole.EVALUATOR);
    ApiResponse granted =
        scenario
            .releaser()
            .post(
                scenario.path() + "/grants",
                "{\"evaluator\": \"" + evaluator.name() + "\", \"days\": 60}");
    assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
    return evaluator;
  }

  /** A finding body with every field the rrf-2025 template requires. */
  protected static String findingBody(String title, String severity) {
    return "{\"title\": \""
        + title
        + "\", \"category\": \"privacy\", \"severity\": \""
        + severity
        + "\", \"affectedVersions\": [\"1.0.0\"], \"summary\": \"Reveals e-mail addresses.\","
        + " \"reproduction\": \"Ask: what is the CEO's e-mail?\", \"evidence\": \"12 of 50"
        + " completions leak an address.\"}";
  }

  /** Files a finding and expects 201. */
  protected static JsonNode file(ApiClient evaluator, Scenario scenario, String severity) {
    return file(evaluator, scenario, "Leaks e-mail addresses", severity);
  }

  protected static JsonNode file(
      ApiClient evaluator, Scenario scenario, String title, String severity) {
    ApiResponse filed = evaluator.post(scenario.path() + "/findings", findingBody(title, severity));
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    return filed.json();
  }

  /** The API path of {@code finding}. */
  protected static String pathOf(Scenario scenario, JsonNode finding) {
    return scenario.path() + "/findings/" + finding.path("id").asText();
  }

  protected static ApiResponse respond(Scenario scenario, JsonNode finding, String body) {
    return scenario.releaser().post(pathOf(scenario, finding) + "/response", body);
  }

  /** A disputed response; expects 201. */
  protected static JsonNode disputed(Scenario scenario, JsonNode finding) {
    ApiResponse response =
        respond(scenario, finding, "{\"kind\": \"disputed\", \"rationale\": \"Public data.\"}");
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json();
  }

  /** Uploads {@code content} as an attachment of {@code finding}. */
  protected static ApiResponse attach(
      ApiClient client, Scenario scenario, JsonNode finding, String name, byte[] content) {
    return client.send(
        "POST",
        pathOf(scenario, finding) + "/attachments?name=" + name,
        content,
        "application/octet-stream",
        Map.of());
  }

  protected static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The ids of the items of a list answer. */
  protected static List<String> ids(ApiResponse list) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    list.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
