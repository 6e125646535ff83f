package dev.clearance.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/users/{user}/roles/{role}}: grant and revoke by stewards, on both databases; the
 * evaluator role only through vetting.
 */
class RoleEndpointsTest extends IdentityTestBase {

  private static final String REASON = "{\"reason\":\"vetted, see ticket 42\"}";

  private String path(String user, String role) {
    return "/api/v1/users/" + user + "/roles/" + role;
  }

  private ApiResponse revoke(ApiClient client, String user, String role, String body) {
    return client.send("DELETE", path(user, role), body.getBytes(), "application/json", Map.of());
  }

  private Set<GlobalRole> roles(String handle) {
    String id = stored(handle).id();
    return tx(repos -> repos.globalRoles().rolesOf(id));
  }

  @Test
  void grant_auditor_201WithReasonInAudit_thenRoleTakesEffect() {
    ApiClient person = user("auditor");
    String handle = handleOf(person);

    ApiResponse response = steward.put(path(handle, "auditor"), REASON);

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    assertThat(response.json().path("role").asText()).isEqualTo("auditor");
    assertThat(roles(handle)).containsExactly(GlobalRole.AUDITOR);
    assertThat(person.get("/api/v1/me").json().path("roles").toString()).isEqualTo("[\"auditor\"]");
    List<AuditEntry> audit = audit(stored(handle).id());
    assertThat(audit).extracting(AuditEntry::action).containsExactly("role.grant");
    assertThat(audit.get(0).reason()).isEqualTo("vetted, see ticket 42");
    assertThat(audit.get(0).after()).isEqualTo("auditor");
    ApiResponse again = steward.put(path(handle, "auditor"), REASON);
    assertThat(again.status()).isEqualTo(200);
    assertThat(auditActions(stored(handle).id())).hasSize(1);
  }

  @Test
  void grant_evaluator_409PointingToVettingAndNothingChanged() {
    String handle = handleOf(user("shortcut"));
    long log = auditSize();

    ApiResponse response = steward.put(path(handle, "evaluator"), REASON);

    assertThat(response.status()).as(response.toString()).isEqualTo(409);
    assertThat(response.code()).isEqualTo("vetting_required");
    assertThat(response.json().path("hint").asText())
        .contains("POST /api/v1/evaluator-applications");
    assertThat(roles(handle)).isEmpty();
    assertThat(auditSize()).isEqualTo(log);
  }

  @Test
  void revoke_evaluator_409PointingToVettingAndRoleKept() {
    String handle = handleOf(user("vetted", GlobalRole.EVALUATOR));

    ApiResponse response = revoke(steward, handle, "evaluator", REASON);

    assertThat(response.status()).as(response.toString()).isEqualTo(409);
    assertThat(response.code()).isEqualTo("vetting_required");
    assertThat(response.json().path("hint").asText()).contains("/api/v1/evaluators/{user}/");
    assertThat(roles(handle)).containsExactly(GlobalRole.EVALUATOR);
  }

  @Test
  void grant_access_nonStewards403_anonymous401() {
    String target = handleOf(user("target"));
    ApiClient admin = member(organization("org"), OrgRole.ADMIN, "orgadmin");
    ApiClient auditor = user("auditor", GlobalRole.AUDITOR);

    assertThat(admin.put(path(target, "steward"), REASON).status()).isEqualTo(403);
    assertThat(auditor.put(path(target, "auditor"), REASON).status()).isEqualTo(403);
    assertThat(user("self").put(path(target, "steward"), REASON).status()).isEqualTo(403);
    assertThat(anonymous.put(path(target, "steward"), REASON).status()).isEqualTo(401);
    assertThat(roles(target)).isEmpty();
  }

  @Test
  void grant_badInput_4xxAndNothingStored() {
    String target = handleOf(user("inputs"));
    long log = auditSize();
    for (String body :
        List.of("{}", "{\"reason\":\"  \"}", "{\"reason\":5}", "{\"reason\":\"x\",\"y\":1}", "{")) {
      ApiResponse response = steward.put(path(target, "auditor"), body);
      assertThat(response.status()).as(body + " -> " + response).isEqualTo(400);
    }
    ApiResponse longReason =
        steward.put(path(target, "auditor"), "{\"reason\":\"" + "x".repeat(2001) + "\"}");
    ApiResponse badRole = steward.put(path(target, "releaser"), REASON);
    ApiResponse badUser = steward.put(path("..%2f" + target, "auditor"), REASON);
    ApiResponse unknownUser = steward.put(path(unique("ghost"), "auditor"), REASON);

    assertThat(longReason.status()).isEqualTo(400);
    assertThat(badRole.status()).isEqualTo(400);
    assertThat(badRole.code()).isEqualTo("invalid_role");
    assertThat(badUser.status()).isEqualTo(400);
    assertThat(badUser.code()).isEqualTo("invalid_name");
    assertThat(unknownUser.status()).isEqualTo(404);
    assertThat(roles(target)).isEmpty();
    assertThat(auditSize()).isEqualTo(log);
  }

  @Test
  void revoke_role_204AndAuditedWithReason() {
    ApiClient person = user("former", GlobalRole.AUDITOR);
    String handle = handleOf(person);

    ApiResponse response = revoke(steward, handle, "auditor", "{\"reason\":\"engagement ended\"}");

    assertThat(response.status()).as(response.toString()).isEqualTo(204);
    assertThat(roles(handle)).isEmpty();
    List<AuditEntry> audit = audit(stored(handle).id());
    assertThat(audit).extracting(AuditEntry::action).containsExactly("role.revoke");
    assertThat(audit.get(0).reason()).isEqualTo("engagement ended");
    assertThat(audit.get(0).before()).isEqualTo("auditor");
    assertThat(revoke(steward, handle, "auditor", REASON).status()).isEqualTo(404);
  }

  @Test
  void revoke_withoutReason_400AndRoleKept() {
    String handle = handleOf(user("kept", GlobalRole.AUDITOR));
    ApiResponse response = steward.delete(path(handle, "auditor"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(roles(handle)).containsExactly(GlobalRole.AUDITOR);
  }

  @Test
  void revoke_nonSteward_403() {
    String handle = handleOf(user("safe", GlobalRole.EVALUATOR));
    ApiClient evaluator = user("peer", GlobalRole.EVALUATOR);
    assertThat(revoke(evaluator, handle, "evaluator", REASON).status()).isEqualTo(403);
    assertThat(roles(handle)).containsExactly(GlobalRole.EVALUATOR);
  }

  @Test
  void revoke_lastSteward_409_thenAllowedWithASecondSteward() {
    // This class shares one database: make sure the bootstrap steward is the only one.
    List<String> others =
        tx(repos -> repos.globalRoles().holders(GlobalRole.STEWARD)).stream()
            .map(grant -> grant.userId())
            .filter(id -> !id.equals(stored(handleOf(steward)).id()))
            .toList();
    others.forEach(id -> run(repos -> repos.globalRoles().revoke(id, GlobalRole.STEWARD)));
    String self = handleOf(steward);

    ApiResponse refused = revoke(steward, self, "steward", REASON);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("last_steward");
    assertThat(refused.json().path("hint").asText()).contains("steward");
    assertThat(roles(self)).contains(GlobalRole.STEWARD);

    ApiClient second = user("second");
    String secondHandle = handleOf(second);
    assertThat(steward.put(path(secondHandle, "steward"), REASON).status()).isEqualTo(201);
    assertThat(revoke(second, self, "steward", REASON).status()).isEqualTo(204);
    assertThat(roles(self)).doesNotContain(GlobalRole.STEWARD);
    assertThat(revoke(second, secondHandle, "steward", REASON).status()).isEqualTo(409);
    // Restore the class's steward for the other tests.
    assertThat(second.put(path(self, "steward"), REASON).status()).isEqualTo(201);
  }
}
