package dev.clearance.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.store.identity.Membership;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.identity.Organization;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/orgs/{org}/members}: list, add, change, remove, on both databases. */
class MemberEndpointsTest extends IdentityTestBase {

  private static final String RELEASER = "{\"role\":\"releaser\"}";
  private static final String ADMIN = "{\"role\":\"admin\"}";

  private String path(String org, String user) {
    return "/api/v1/orgs/" + org + "/members/" + user;
  }

  private Organization org(String slug) {
    return tx(repos -> repos.organizations().findBySlug(slug)).orElseThrow();
  }

  private Optional<Membership> membership(String org, String handle) {
    String orgId = org(org).id();
    String userId = stored(handle).id();
    return tx(repos -> repos.memberships().find(userId, orgId));
  }

  private ApiResponse put(ApiClient client, String path, String body, String ifMatch) {
    return client.send(
        "PUT",
        path,
        body.getBytes(),
        "application/json",
        ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
  }

  @Test
  void put_newMember_byAdmin_201AndAudited() {
    String org = organization("team");
    ApiClient admin = member(org, OrgRole.ADMIN, "boss");
    String newcomer = signUp("newcomer");

    ApiResponse response = admin.put(path(org, newcomer), RELEASER);

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    assertThat(response.json().path("user").asText()).isEqualTo(newcomer);
    assertThat(response.json().path("role").asText()).isEqualTo("releaser");
    assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
    assertThat(membership(org, newcomer).orElseThrow().role()).isEqualTo(OrgRole.RELEASER);
    List<AuditEntry> audit = audit(org(org).id());
    assertThat(audit).extracting(AuditEntry::action).containsExactly("member.add");
    assertThat(audit.get(0).after()).isEqualTo("releaser");
    assertThat(audit.get(0).actor()).isEqualTo(stored(handleOf(admin)).id());
  }

  @Test
  void put_changeRole_withIfMatch_200AndStaleIfMatch_412() {
    String org = organization("change");
    member(org, OrgRole.ADMIN, "keeper");
    ApiClient worker = member(org, OrgRole.RELEASER, "worker");
    String handle = handleOf(worker);

    ApiResponse stale = put(steward, path(org, handle), ADMIN, "\"7\"");
    ApiResponse changed = put(steward, path(org, handle), ADMIN, "\"1\"");
    ApiResponse again = put(steward, path(org, handle), RELEASER, "\"1\"");

    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.code()).isEqualTo("stale_version");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().path("role").asText()).isEqualTo("admin");
    assertThat(changed.headers().firstValue("ETag")).contains("\"2\"");
    assertThat(again.status()).isEqualTo(412);
    assertThat(again.json().path("details").path("current").asLong()).isEqualTo(2);
    assertThat(membership(org, handle).orElseThrow().role()).isEqualTo(OrgRole.ADMIN);
    assertThat(auditActions(org(org).id())).containsExactly("member.change");
  }

  @Test
  void put_sameRole_200WithoutChangeOrAudit() {
    String org = organization("same");
    ApiClient admin = member(org, OrgRole.ADMIN, "same");
    ApiResponse response = admin.put(path(org, handleOf(admin)), ADMIN);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("version").asLong()).isEqualTo(1);
    assertThat(auditActions(org(org).id())).isEmpty();
  }

  @Test
  void put_ifMatchOnNewMember_412AndNothingStored() {
    String org = organization("ifmatch");
    String newcomer = signUp("ifmatch");
    ApiResponse response = put(steward, path(org, newcomer), RELEASER, "\"1\"");
    assertThat(response.status()).isEqualTo(412);
    assertThat(membership(org, newcomer)).isEmpty();
  }

  @Test
  void put_badIfMatch_400() {
    String org = organization("badmatch");
    String newcomer = signUp("badmatch");
    ApiResponse response = put(steward, path(org, newcomer), RELEASER, "yesterday");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.code()).isEqualTo("invalid_header");
    assertThat(membership(org, newcomer)).isEmpty();
  }

  @Test
  void put_access_releaserAndOtherOrgAdmin403_anonymous401() {
    String org = organization("guarded");
    ApiClient releaser = member(org, OrgRole.RELEASER, "lowly");
    String otherOrg = organization("rival");
    ApiClient rivalAdmin = member(otherOrg, OrgRole.ADMIN, "rival");
    String target = signUp("target");

    ApiResponse asReleaser = releaser.put(path(org, target), ADMIN);
    ApiResponse asRival = rivalAdmin.put(path(org, target), ADMIN);
    ApiResponse asAnonymous = anonymous.put(path(org, target), ADMIN);
    ApiResponse asPlainUser = user("plain").put(path(org, target), ADMIN);

    assertThat(asReleaser.status()).isEqualTo(403);
    assertThat(asRival.status()).isEqualTo(403);
    assertThat(asPlainUser.status()).isEqualTo(403);
    assertThat(asAnonymous.status()).isEqualTo(401);
    assertThat(membership(org, target)).isEmpty();
    assertThat(auditActions(org(org).id())).isEmpty();
  }

  @Test
  void put_badInput_4xxAndNothingStored() {
    String org = organization("inputs");
    String target = signUp("inputs");
    for (String body :
        List.of(
            "{\"role\":\"owner\"}", "{\"role\":1}", "{}", "{\"role\":\"admin\",\"x\":1}", "[")) {
      ApiResponse response = steward.put(path(org, target), body);
      assertThat(response.status()).as(body + " -> " + response).isEqualTo(400);
    }
    for (String user : List.of("..%2f" + target, "Upper", "..")) {
      ApiResponse response = steward.put(path(org, user), RELEASER);
      assertThat(response.status()).as(user + " -> " + response).isBetween(400, 404);
      assertThat(response.json().path("message").asText()).isNotBlank();
    }
    ApiResponse unknownUser = steward.put(path(org, unique("ghost")), RELEASER);
    ApiResponse unknownOrg = steward.put(path(unique("ghost"), target), RELEASER);
    assertThat(unknownUser.status()).isEqualTo(404);
    assertThat(unknownOrg.status()).isEqualTo(404);
    assertThat(membership(org, target)).isEmpty();
    assertThat(auditActions(org(org).id())).isEmpty();
  }

  @Test
  void list_membersAndStewards_200_othersRefused() {
    String org = organization("roster");
    ApiClient admin = member(org, OrgRole.ADMIN, "chief");
    ApiClient releaser = member(org, OrgRole.RELEASER, "hand");
    ApiClient rival = member(organization("rival"), OrgRole.ADMIN, "rival");

    ApiResponse asReleaser = releaser.get("/api/v1/orgs/" + org + "/members");
    ApiResponse asSteward = steward.get("/api/v1/orgs/" + org + "/members");

    assertThat(asReleaser.status()).isEqualTo(200);
    assertThat(asReleaser.json().path("items").findValuesAsText("user"))
        .containsExactlyInAnyOrder(handleOf(admin), handleOf(releaser));
    assertThat(asSteward.json()).isEqualTo(asReleaser.json());
    assertThat(rival.get("/api/v1/orgs/" + org + "/members").status()).isEqualTo(403);
    assertThat(anonymous.get("/api/v1/orgs/" + org + "/members").status()).isEqualTo(401);
    assertThat(steward.get("/api/v1/orgs/" + unique("none") + "/members").status()).isEqualTo(404);
  }

  @Test
  void delete_member_byAdmin_204AndAudited() {
    String org = organization("shrink");
    ApiClient admin = member(org, OrgRole.ADMIN, "trimmer");
    ApiClient leaving = member(org, OrgRole.RELEASER, "leaving");
    String handle = handleOf(leaving);

    ApiResponse response = admin.delete(path(org, handle));

    assertThat(response.status()).as(response.toString()).isEqualTo(204);
    assertThat(membership(org, handle)).isEmpty();
    assertThat(leaving.get("/api/v1/orgs/" + org + "/members").status()).isEqualTo(403);
    List<AuditEntry> audit = audit(org(org).id());
    assertThat(audit).extracting(AuditEntry::action).containsExactly("member.remove");
    assertThat(audit.get(0).before()).isEqualTo("releaser");
    assertThat(admin.delete(path(org, handle)).status()).isEqualTo(404);
  }

  @Test
  void delete_access_releaser403_otherOrgAdmin403() {
    String org = organization("protected");
    ApiClient releaser = member(org, OrgRole.RELEASER, "peer");
    ApiClient victim = member(org, OrgRole.RELEASER, "victim");
    ApiClient rival = member(organization("rival"), OrgRole.ADMIN, "rival");
    String handle = handleOf(victim);

    assertThat(releaser.delete(path(org, handle)).status()).isEqualTo(403);
    assertThat(rival.delete(path(org, handle)).status()).isEqualTo(403);
    assertThat(anonymous.delete(path(org, handle)).status()).isEqualTo(401);
    assertThat(membership(org, handle)).isPresent();
  }

  @Test
  void delete_lastAdmin_409WithHint_thenAllowedOnceAnotherAdminExists() {
    String org = organization("solo");
    ApiClient admin = member(org, OrgRole.ADMIN, "solo");
    ApiClient deputy = member(org, OrgRole.RELEASER, "deputy");
    String handle = handleOf(admin);

    ApiResponse refused = admin.delete(path(org, handle));
    ApiResponse demote = admin.put(path(org, handle), RELEASER);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("last_admin");
    assertThat(refused.json().path("hint").asText()).contains("admin");
    assertThat(demote.status()).isEqualTo(409);
    assertThat(membership(org, handle).orElseThrow().role()).isEqualTo(OrgRole.ADMIN);

    assertThat(admin.put(path(org, handleOf(deputy)), ADMIN).status()).isEqualTo(200);
    assertThat(admin.delete(path(org, handle)).status()).isEqualTo(204);
    assertThat(auditActions(org(org).id())).containsExactly("member.change", "member.remove");
  }
}
