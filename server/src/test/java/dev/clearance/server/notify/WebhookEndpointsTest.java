package dev.clearance.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.store.identity.OrgRole;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registering and managing webhooks over HTTP: the secret once, validation, ownership, audit. */
class WebhookEndpointsTest extends NotifyTestBase {

  private static final URI RECEIVER = URI.create("https://hooks.example.org/clearance?token=t0k");

  private static ApiResponse patch(ApiClient client, String path, String json, String ifMatch) {
    return client.send(
        "PATCH",
        path,
        json.getBytes(StandardCharsets.UTF_8),
        "application/json",
        ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
  }

  @Test
  void create_secretShownOnceAndNeverListed_auditedWithoutPathOrQuery() {
    String org = organization("acme");
    ApiClient admin = member(org, OrgRole.ADMIN, "admin");
    String hooks = "/api/v1/orgs/" + org + "/webhooks";

    JsonNode created = webhook(admin, hooks, RECEIVER, "window_opened", "finding_filed");
    String id = created.path("webhook").path("id").asText();
    ApiResponse listed = admin.get(hooks);
    ApiResponse one = admin.get(hooks + "/" + id);

    assertThat(created.path("secret").asText()).startsWith("whsec_").hasSizeGreaterThan(40);
    assertThat(created.path("webhook").path("events"))
        .extracting(JsonNode::asText)
        .containsExactly("finding_filed", "window_opened");
    assertThat(created.path("webhook").path("org").asText()).isEqualTo(org);
    assertThat(listed.body()).doesNotContain(created.path("secret").asText()).contains(id);
    assertThat(one.body()).doesNotContain(created.path("secret").asText());
    assertThat(one.headers().firstValue("ETag")).contains("\"1\"");
    String log =
        tx(
            tx ->
                tx.handle()
                    .createQuery(
                        "SELECT e.leaf || s.details FROM audit_entries e"
                            + " JOIN audit_sealed s ON s.seq = e.seq WHERE e.subject = :id")
                    .bind("id", id)
                    .mapTo(String.class)
                    .one());
    assertThat(log)
        .contains("webhook.create")
        .contains("hooks.example.org")
        .doesNotContain("t0k")
        .doesNotContain("whsec_");
  }

  @Test
  void create_badUrlOrKinds_400NamingTheFieldAndNothingStored() {
    String org = organization("acme");
    ApiClient admin = member(org, OrgRole.ADMIN, "admin");
    String hooks = "/api/v1/orgs/" + org + "/webhooks";

    ApiResponse ftp =
        admin.post(
            hooks, "{\"url\": \"ftp://hooks.example.org/x\", \"events\": [\"window_opened\"]}");
    ApiResponse relative =
        admin.post(hooks, "{\"url\": \"/hook\", \"events\": [\"window_opened\"]}");
    ApiResponse unknownKind =
        admin.post(hooks, "{\"url\": \"https://hooks.example.org\", \"events\": [\"everything\"]}");
    ApiResponse noKinds =
        admin.post(hooks, "{\"url\": \"https://hooks.example.org\", \"events\": []}");

    assertThat(ftp.status()).isEqualTo(400);
    assertThat(ftp.json().path("details").path("field").asText()).isEqualTo("url");
    assertThat(ftp.json().path("message").asText()).contains("http:// or https://");
    assertThat(relative.status()).isEqualTo(400);
    assertThat(relative.json().path("details").path("field").asText()).isEqualTo("url");
    assertThat(unknownKind.status()).isEqualTo(400);
    assertThat(unknownKind.json().path("details").path("field").asText()).isEqualTo("events");
    assertThat(unknownKind.json().path("message").asText()).contains("window_closing");
    assertThat(noKinds.status()).isEqualTo(400);
    assertThat(admin.get(hooks).json().path("items")).isEmpty();
  }

  @Test
  void update_deactivateWithIfMatch_staleVersionRefused412() {
    String org = organization("acme");
    ApiClient admin = member(org, OrgRole.ADMIN, "admin");
    String hooks = "/api/v1/orgs/" + org + "/webhooks";
    String path =
        hooks
            + "/"
            + webhook(admin, hooks, RECEIVER, "window_opened").path("webhook").path("id").asText();

    ApiResponse changed = patch(admin, path, "{\"active\": false}", "\"1\"");
    ApiResponse stale = patch(admin, path, "{\"active\": true}", "\"1\"");
    ApiResponse badUrl = patch(admin, path, "{\"url\": \"mailto:x@example.org\"}", null);

    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().path("active").asBoolean()).isFalse();
    assertThat(changed.json().path("version").asLong()).isEqualTo(2);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(badUrl.status()).isEqualTo(400);
    assertThat(admin.get(path).json().path("active").asBoolean()).isFalse();
  }

  @Test
  void anotherOrganizationsWebhook_404ForItsAdmin_andDeleteRemovesIt() {
    String org = organization("acme");
    ApiClient admin = member(org, OrgRole.ADMIN, "admin");
    String rival = organization("rival");
    ApiClient rivalAdmin = member(rival, OrgRole.ADMIN, "rival-admin");
    String id =
        webhook(admin, "/api/v1/orgs/" + org + "/webhooks", RECEIVER, "window_opened")
            .path("webhook")
            .path("id")
            .asText();

    ApiResponse viaRival = rivalAdmin.get("/api/v1/orgs/" + rival + "/webhooks/" + id);
    ApiResponse viaRegistry = steward.get("/api/v1/webhooks/" + id);
    ApiResponse releaser =
        member(org, OrgRole.RELEASER, "releaser").get("/api/v1/orgs/" + org + "/webhooks");
    ApiResponse deleted = admin.delete("/api/v1/orgs/" + org + "/webhooks/" + id);
    ApiResponse gone = admin.get("/api/v1/orgs/" + org + "/webhooks/" + id);

    assertThat(viaRival.status()).isEqualTo(404);
    assertThat(viaRegistry.status()).isEqualTo(404);
    assertThat(releaser.status()).isEqualTo(403);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(gone.status()).isEqualTo(404);
  }
}
