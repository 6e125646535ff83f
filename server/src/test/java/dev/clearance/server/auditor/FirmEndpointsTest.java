package dev.clearance.server.auditor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.Audits;
import dev.clearance.server.testing.RegistryTestBase;
import dev.clearance.store.audit.StoredEntry;
import dev.clearance.store.identity.GlobalRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stewards approve audit firms and their auditors, and suspend or revoke them (REV-6, ACC-1). */
class FirmEndpointsTest extends RegistryTestBase {

  private List<JsonNode> leaves(String subject) {
    List<StoredEntry> entries = tx(tx -> tx.audit().entriesAbout(subject, true));
    return entries.stream()
        .map(
            entry -> {
              try {
                return dev.clearance.server.http.Json.mapper().readTree(entry.leaf());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .toList();
  }

  private String firmId(String slug) {
    return tx(
        tx ->
            new dev.clearance.store.auditor.AuditFirmRepository(tx.handle(), tx.clock())
                .findBySlug(slug)
                .orElseThrow()
                .id());
  }

  private String userId(ApiClient client) {
    return tx(tx -> tx.users().findByHandle(client.name()).orElseThrow().id());
  }

  @Test
  void createFirm_steward_publicWithAuditEvent() {
    String slug = Audits.approvedFirm(steward, unique("northwind"));

    JsonNode firm = anonymous.get("/api/v1/audit-firms/" + slug).json();
    JsonNode listed = anonymous.get("/api/v1/audit-firms?limit=200").json();
    List<JsonNode> events = leaves(firmId(slug));

    assertThat(firm.path("status").asText()).isEqualTo("active");
    assertThat(firm.path("website").asText()).isEqualTo("https://" + slug + ".example");
    assertThat(listed.path("items").findValuesAsText("slug")).contains(slug);
    assertThat(events)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.path("action").asText()).isEqualTo("audit_firm.approve");
              assertThat(event.path("after").asText()).isEqualTo("active");
            });
  }

  @Test
  void createFirm_badWebsiteOrTakenSlug_refusedNamingTheField() {
    String slug = Audits.approvedFirm(steward, unique("taken"));
    ApiResponse badWebsite =
        steward.post(
            "/api/v1/audit-firms",
            "{\"slug\": \"x-firm\", \"name\": \"X\", \"website\": \"ftp://x\", \"description\":"
                + " \"d\"}");
    ApiResponse taken =
        steward.post(
            "/api/v1/audit-firms",
            "{\"slug\": \""
                + slug
                + "\", \"name\": \"X\", \"website\": \"https://x.example\", \"description\":"
                + " \"d\"}");
    ApiResponse byUser =
        user("plain")
            .post(
                "/api/v1/audit-firms",
                "{\"slug\": \"y-firm\", \"name\": \"Y\", \"website\": \"https://y.example\","
                    + " \"description\": \"d\"}");

    assertThat(badWebsite.status()).isEqualTo(400);
    assertThat(badWebsite.json().path("details").path("field").asText()).isEqualTo("website");
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.code()).isEqualTo("taken");
    assertThat(byUser.status()).isEqualTo(403);
  }

  @Test
  void approveAuditor_existingUser_getsAuditorRoleAndIsListed() {
    String firm = Audits.approvedFirm(steward, unique("firm"));
    ApiClient alice = user("alice");

    ApiResponse approved =
        steward.put("/api/v1/audit-firms/" + firm + "/auditors/" + alice.name(), "");
    ApiResponse again =
        steward.put("/api/v1/audit-firms/" + firm + "/auditors/" + alice.name(), "");
    JsonNode view = anonymous.get("/api/v1/audit-firms/" + firm).json();
    boolean role = tx(tx -> tx.globalRoles().has(userId(alice), GlobalRole.AUDITOR));

    assertThat(approved.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    assertThat(view.path("auditors").get(0).path("auditor").asText()).isEqualTo(alice.name());
    assertThat(role).isTrue();
    assertThat(leaves(userId(alice)))
        .extracting(event -> event.path("action").asText())
        .containsExactly("auditor.approve");
  }

  @Test
  void approveAuditor_ofAnotherFirmOrUnknownUser_refused() {
    String first = Audits.approvedFirm(steward, unique("first"));
    String second = Audits.approvedFirm(steward, unique("second"));
    ApiClient bob = user("bob");
    Audits.approvedAuditor(steward, first, bob);

    ApiResponse other =
        steward.put("/api/v1/audit-firms/" + second + "/auditors/" + bob.name(), "");
    ApiResponse unknown = steward.put("/api/v1/audit-firms/" + second + "/auditors/nobody-x", "");

    assertThat(other.status()).isEqualTo(409);
    assertThat(other.code()).isEqualTo("auditor_of_another_firm");
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void auditorStatus_suspendReinstateRevoke_roleFollowsAndEventsCarryTheReason() {
    String firm = Audits.approvedFirm(steward, unique("firm"));
    ApiClient carol = user("carol");
    Audits.approvedAuditor(steward, firm, carol);
    String path = "/api/v1/audit-firms/" + firm + "/auditors/" + carol.name() + "/status";

    ApiResponse suspended =
        steward.post(path, "{\"status\": \"suspended\", \"reason\": \"complaint under review\"}");
    int whileSuspended = carol.get("/api/v1/me/engagements").status();
    ApiResponse reinstated =
        steward.post(path, "{\"status\": \"active\", \"reason\": \"complaint dismissed\"}");
    int whileActive = carol.get("/api/v1/me/engagements").status();
    ApiResponse revoked = steward.post(path, "{\"status\": \"revoked\", \"reason\": \"fraud\"}");
    ApiResponse afterRevoked =
        steward.post(path, "{\"status\": \"active\", \"reason\": \"try again\"}");
    ApiResponse noReason = steward.post(path, "{\"status\": \"suspended\"}");

    assertThat(suspended.json().path("status").asText()).isEqualTo("suspended");
    assertThat(suspended.json().path("statusReason").asText()).isEqualTo("complaint under review");
    assertThat(whileSuspended).isEqualTo(403);
    assertThat(reinstated.status()).isEqualTo(200);
    assertThat(whileActive).isEqualTo(200);
    assertThat(revoked.json().path("status").asText()).isEqualTo("revoked");
    assertThat(afterRevoked.status()).isEqualTo(409);
    assertThat(afterRevoked.code()).isEqualTo("revoked");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(leaves(userId(carol)))
        .extracting(event -> event.path("action").asText() + " " + event.path("reason").asText())
        .containsExactly(
            "auditor.approve null",
            "auditor.suspend complaint under review",
            "auditor.reinstate complaint dismissed",
            "auditor.revoke fraud");
  }

  @Test
  void firmStatus_staleIfMatch_412AndUnchanged() {
    String firm = Audits.approvedFirm(steward, unique("firm"));
    String path = "/api/v1/audit-firms/" + firm + "/status";
    byte[] body =
        "{\"status\": \"suspended\", \"reason\": \"late filing\"}"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    ApiResponse stale =
        steward.send("POST", path, body, "application/json", Map.of("If-Match", "\"7\""));
    ApiResponse current =
        steward.send("POST", path, body, "application/json", Map.of("If-Match", "\"1\""));

    assertThat(stale.status()).isEqualTo(412);
    assertThat(current.json().path("status").asText()).isEqualTo("suspended");
    assertThat(current.json().path("revision").asLong()).isEqualTo(2);
    assertThat(leaves(firmId(firm)))
        .extracting(event -> event.path("action").asText())
        .containsExactly("audit_firm.approve", "audit_firm.suspend");
  }
}
