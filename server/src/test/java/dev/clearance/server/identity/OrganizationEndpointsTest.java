package dev.clearance.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.store.PageRequest;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.identity.Organization;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/orgs}: create (stewards), list and read (anyone), on both databases. */
class OrganizationEndpointsTest extends IdentityTestBase {

  private static String body(String slug, String admin) {
    return "{\"slug\":\""
        + slug
        + "\",\"displayName\":\"Org "
        + slug
        + "\",\"admin\":\""
        + admin
        + "\"}";
  }

  private long organizations() {
    return tx(repos -> repos.organizations().list(PageRequest.first(500))).items().size();
  }

  @Test
  void create_steward_createsOrgWithAdminAndAudits() {
    String admin = signUp("founder");
    String slug = unique("acme");

    ApiResponse response = steward.post("/api/v1/orgs", body(slug, admin));

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    assertThat(response.json().path("slug").asText()).isEqualTo(slug);
    assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
    assertThat(response.headers().firstValue("Location")).contains("/api/v1/orgs/" + slug);
    Organization org = tx(repos -> repos.organizations().findBySlug(slug)).orElseThrow();
    OrgRole role =
        tx(repos -> repos.memberships().find(stored(admin).id(), org.id())).orElseThrow().role();
    assertThat(role).isEqualTo(OrgRole.ADMIN);
    List<AuditEntry> audit = audit(org.id());
    assertThat(audit).extracting(AuditEntry::action).containsExactly("org.create", "member.add");
    assertThat(audit.get(0).actor()).isEqualTo(stored(handleOf(steward)).id());
  }

  @Test
  void create_nonSteward_403AndAnonymous_401AndNothingStored() {
    String admin = signUp("hopeful");
    String org = organization("other");
    ApiClient otherAdmin = member(org, OrgRole.ADMIN, "otheradmin");
    long before = organizations();

    ApiResponse asUser = user("plain").post("/api/v1/orgs", body(unique("x"), admin));
    ApiResponse asOrgAdmin = otherAdmin.post("/api/v1/orgs", body(unique("x"), admin));
    ApiResponse asAnonymous = anonymous.post("/api/v1/orgs", body(unique("x"), admin));

    assertThat(asUser.status()).isEqualTo(403);
    assertThat(asUser.code()).isEqualTo("forbidden");
    assertThat(asOrgAdmin.status()).isEqualTo(403);
    assertThat(asAnonymous.status()).isEqualTo(401);
    assertThat(organizations()).isEqualTo(before);
  }

  @Test
  void create_takenSlug_409NamingSlug() {
    String admin = signUp("dup");
    String slug = unique("dup");
    assertThat(steward.post("/api/v1/orgs", body(slug, admin)).status()).isEqualTo(201);
    long before = organizations();
    long log = auditSize();

    ApiResponse again = steward.post("/api/v1/orgs", body(slug, admin));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().path("details").path("field").asText()).isEqualTo("slug");
    assertThat(organizations()).isEqualTo(before);
    assertThat(auditSize()).isEqualTo(log);
  }

  @Test
  void create_unknownAdmin_400NamingAdminAndNothingStored() {
    String slug = unique("orphan");
    long log = auditSize();

    ApiResponse response = steward.post("/api/v1/orgs", body(slug, unique("nobody")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.code()).isEqualTo("unknown_user");
    assertThat(response.json().path("details").path("field").asText()).isEqualTo("admin");
    assertThat(tx(repos -> repos.organizations().findBySlug(slug)).isPresent()).isFalse();
    assertThat(auditSize()).isEqualTo(log);
  }

  @Test
  void create_badInput_400AndNothingStored() {
    String admin = signUp("badorg");
    long before = organizations();
    for (String body :
        List.of(
            body("Bad Slug", admin),
            body("../etc", admin),
            body("a".repeat(65), admin),
            body(unique("ok"), "Not A Handle"),
            "{\"slug\":\"ok1\",\"admin\":\"" + admin + "\"}",
            "{\"slug\":\"ok2\",\"displayName\":\"X\",\"admin\":\"" + admin + "\",\"id\":\"1\"}",
            "{\"slug\":[\"ok3\"],\"displayName\":\"X\",\"admin\":\"" + admin + "\"}",
            "{\"slug\":\"ok4\"")) {
      ApiResponse response = steward.post("/api/v1/orgs", body);
      assertThat(response.status()).as(body + " -> " + response).isEqualTo(400);
      assertThat(response.json().path("message").asText()).as(body).isNotBlank();
    }
    assertThat(organizations()).isEqualTo(before);
  }

  @Test
  void list_anyone_pagesThroughAll() {
    String admin = signUp("lister");
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofMillis(1));
      String slug = unique("listed");
      assertThat(steward.post("/api/v1/orgs", body(slug, admin)).status()).isEqualTo(201);
      created.add(slug);
    }
    List<String> seen = new ArrayList<>();
    String path = "/api/v1/orgs?limit=2";
    while (path != null) {
      ApiResponse page = anonymous.get(path);
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      page.json().path("items").forEach(item -> seen.add(item.path("slug").asText()));
      JsonNode next = page.json().path("next");
      path = next.isMissingNode() ? null : "/api/v1/orgs?limit=2&after=" + next.asText();
    }
    assertThat(seen).containsSubsequence(created);
    assertThat(seen).doesNotHaveDuplicates();
  }

  @Test
  void get_anyone_returnsOrgWithEtag() {
    String slug = organization("readable");
    ApiResponse response = anonymous.get("/api/v1/orgs/" + slug);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("slug").asText()).isEqualTo(slug);
    assertThat(response.json().path("displayName").asText()).isEqualTo("readable Inc.");
    assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
  }

  @Test
  void get_unknownOrg_404() {
    ApiResponse response = anonymous.get("/api/v1/orgs/" + unique("missing"));
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.code()).isEqualTo("not_found");
  }

  @Test
  void get_badSlugInPath_400WithErrorBody() {
    for (String path : List.of("/api/v1/orgs/Upper", "/api/v1/orgs/..%2fetc")) {
      ApiResponse response = anonymous.get(path);
      assertThat(response.status()).as(path + " -> " + response).isEqualTo(400);
      assertThat(response.code()).isEqualTo("invalid_name");
      assertThat(response.json().path("details").path("parameter").asText()).isEqualTo("org");
    }
    // Jetty refuses an encoded NUL itself, before any route runs, still with the error body.
    ApiResponse nul = anonymous.get("/api/v1/orgs/a%00b");
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.code()).isEqualTo("bad_request");
    assertThat(nul.json().path("hint").asText()).contains("control characters");
  }
}
