package dev.clearance.server.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.RegistryTestBase;
import dev.clearance.store.identity.OrgRole;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT …/releases/{version}} finds its organization and model with one query: the answers for
 * existing, absent and invalid names stay those of looking them up one after the other.
 */
class PutReleasePathTest extends RegistryTestBase {

  @Test
  void put_existingModel_createsThenReturnsTheDraft() {
    String org = organization("acme");
    ApiClient releaser = member(org, OrgRole.RELEASER, "releaser");
    releaser.put("/api/v1/orgs/" + org + "/models/tiny", "{}");

    ApiResponse created = releaser.put("/api/v1/orgs/" + org + "/models/tiny/releases/1.0", "{}");
    ApiResponse again = releaser.put("/api/v1/orgs/" + org + "/models/tiny/releases/1.0", "{}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("version").asText()).isEqualTo("1.0");
  }

  @Test
  void put_unknownModel_404NamingTheModel() {
    String org = organization("acme");
    ApiClient releaser = member(org, OrgRole.RELEASER, "releaser");

    ApiResponse response =
        releaser.put("/api/v1/orgs/" + org + "/models/absent/releases/1.0", "{}");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("message").asText()).contains("model '" + org + "/absent'");
  }

  @Test
  void put_invalidModelName_400() {
    String org = organization("acme");
    ApiClient releaser = member(org, OrgRole.RELEASER, "releaser");

    ApiResponse response = releaser.put("/api/v1/orgs/" + org + "/models/BAD/releases/1.0", "{}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("code").asText()).isEqualTo("invalid_name");
  }
}
