package dev.clearance.server.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.ReleaseTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Vetting decides who may get access to pre-release material (REV-3), on both databases: an
 * evaluator who declared a conflict with the releasing organization is refused, a suspended one
 * cannot ask until reinstated.
 */
class VettedAccessTest extends ReleaseTestBase {

  private static final String APPLICATIONS = "/api/v1/evaluator-applications";
  private static final String REQUEST = "{\"purpose\": \"bias probes\"}";

  private Scenario scenario;

  /** A checked, signed Tier 3 release ({@code examples/coder-7b}) whose review has started. */
  @BeforeEach
  void releaseInReview() {
    scenario = inReview("vetted", "coder-7b");
  }

  /** A user vetted through the API with {@code conflicts} (a JSON array). */
  private ApiClient vetted(String handle, String conflicts) {
    ApiClient evaluator = user(handle);
    ApiResponse applied =
        evaluator.post(
            APPLICATIONS,
            "{\"affiliation\": \"Lab\", \"expertise\": [\"code\"], \"statement\": \"Probing.\","
                + " \"conflicts\": "
                + conflicts
                + "}");
    assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
    ApiResponse approved =
        steward.post(APPLICATIONS + "/" + applied.json().path("id").asText() + "/approve", "{}");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    return evaluator;
  }

  @Test
  void request_declaredConflictWithTheOrganization_409Conflicted() {
    ApiClient conflicted =
        vetted("funded", "[{\"kind\": \"funding\", \"organization\": \"" + scenario.org() + "\"}]");

    ApiResponse asked = conflicted.post(scenario.path() + "/access-requests", REQUEST);
    ApiResponse direct =
        scenario
            .releaser()
            .post(scenario.path() + "/grants", "{\"evaluator\": \"" + conflicted.name() + "\"}");

    assertThat(asked.status()).as(asked.toString()).isEqualTo(409);
    assertThat(asked.code()).isEqualTo("evaluator_conflicted");
    assertThat(asked.json().path("details").path("conflict").asText()).isEqualTo("declared");
    assertThat(direct.status()).as(direct.toString()).isEqualTo(409);
    assertThat(direct.code()).isEqualTo("evaluator_conflicted");
  }

  @Test
  void request_suspendedEvaluator_refusedUntilReinstated() {
    ApiClient evaluator = vetted("paused", "[]");
    String standing = "/api/v1/evaluators/" + evaluator.name();
    assertThat(steward.post(standing + "/suspend", "{\"reason\": \"inquiry\"}").status())
        .isEqualTo(200);

    ApiResponse whileSuspended = evaluator.post(scenario.path() + "/access-requests", REQUEST);
    ApiResponse directWhileSuspended =
        scenario
            .releaser()
            .post(scenario.path() + "/grants", "{\"evaluator\": \"" + evaluator.name() + "\"}");
    assertThat(steward.post(standing + "/reinstate", "{}").status()).isEqualTo(200);
    ApiResponse reinstated = evaluator.post(scenario.path() + "/access-requests", REQUEST);

    assertThat(whileSuspended.status()).isEqualTo(404);
    assertThat(directWhileSuspended.status()).isEqualTo(409);
    assertThat(directWhileSuspended.code()).isEqualTo("not_vetted");
    assertThat(reinstated.status()).as(reinstated.toString()).isEqualTo(201);
  }
}
