package dev.clearance.server.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.store.identity.OrgRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The vetting flow through the HTTP API on both databases (REV-3): apply, queue, approve, reject,
 * suspend, reinstate, revoke, withdraw; the evaluator role and {@link Evaluators} follow each
 * decision, and every decision is in the audit log.
 */
class EvaluatorVettingFlowTest extends VettingTestBase {

  @Test
  void approve_pendingApplication_roleWorksAndEveryStepAudited() {
    ApiClient applicant = user("researcher");

    ApiResponse applied = applicant.post(APPLICATIONS, applicationBody("[]"));
    String id = applied.json().path("id").asText();
    ApiResponse queue = steward.get(APPLICATIONS + "?limit=200");
    ApiResponse approved = decide(steward, id, "approve", reason("credentials checked"));

    assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
    assertThat(applied.headers().firstValue("Location")).contains(APPLICATIONS + "/" + id);
    assertThat(applied.json().path("status").asText()).isEqualTo("pending");
    assertThat(queue.json().path("items").findValuesAsText("id")).contains(id);
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.json().path("status").asText()).isEqualTo("vetted");
    assertThat(approved.json().path("decidedBy").asText()).isEqualTo(steward.name());
    assertThat(applicant.get("/api/v1/me").json().path("roles").toString())
        .isEqualTo("[\"evaluator\"]");
    assertThat(isVetted(applicant)).isTrue();
    assertThat(steward.get(APPLICATIONS + "?limit=200").json().path("items").findValuesAsText("id"))
        .doesNotContain(id);
    List<AuditEntry> audit = audit(applicant);
    assertThat(audit)
        .extracting(AuditEntry::action)
        .containsExactly("evaluator.apply", "evaluator.approve");
    assertThat(audit.get(1).before()).isEqualTo("pending");
    assertThat(audit.get(1).after()).isEqualTo("vetted");
    assertThat(audit.get(1).reason()).isEqualTo("credentials checked");
    assertThat(auditDetails(applicant)).allMatch(details -> details.contains(id));
    assertThat(String.join("\n", auditDetails(applicant)))
        .doesNotContain("demographic bias")
        .doesNotContain("Example University");
    assertThat(steward.get("/api/v1/me/notifications").json().path("items").toString())
        .contains("evaluator_status_changed")
        .contains(id);
    JsonNode told = applicant.get("/api/v1/me/notifications").json().path("items").get(0);
    assertThat(told.path("kind").asText()).isEqualTo("evaluator_status_changed");
    assertThat(told.path("title").asText()).contains("vetted");
  }

  @Test
  void profile_vettedEvaluator_readableBySignedInWithoutStatementOrConflicts() {
    ApiClient evaluator = vettedEvaluator("profiled");

    ApiResponse profile = user("reader").get("/api/v1/evaluators/" + evaluator.name());

    assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
    JsonNode body = profile.json();
    assertThat(body.path("handle").asText()).isEqualTo(evaluator.name());
    assertThat(body.path("affiliation").asText()).isEqualTo("Example University");
    assertThat(body.path("expertise").toString()).isEqualTo("[\"bias\",\"privacy\"]");
    assertThat(body.path("status").asText()).isEqualTo("vetted");
    assertThat(profile.body()).doesNotContain("statement").doesNotContain("conflicts");
    assertThat(anonymous.get("/api/v1/evaluators/" + evaluator.name()).status()).isEqualTo(401);
  }

  @Test
  void profile_pendingApplicant_404() {
    ApiClient applicant = user("notyet");
    apply(applicant);
    assertThat(user("curious").get("/api/v1/evaluators/" + applicant.name()).status())
        .isEqualTo(404);
    assertThat(user("curious").get("/api/v1/evaluators/" + unique("ghost")).status())
        .isEqualTo(404);
  }

  @Test
  void reject_withReason_applicantSeesItAndMayApplyAgain() {
    ApiClient applicant = user("rejected");
    String id = apply(applicant);

    ApiResponse withoutReason = decide(steward, id, "reject", "{}");
    ApiResponse rejected = decide(steward, id, "reject", reason("statement too vague"));
    ApiResponse own = applicant.get(APPLICATIONS + "/" + id);
    ApiResponse again = applicant.post(APPLICATIONS, applicationBody("[]"));

    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.json().path("details").path("field").asText()).isEqualTo("reason");
    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
    assertThat(own.json().path("status").asText()).isEqualTo("rejected");
    assertThat(own.json().path("reason").asText()).isEqualTo("statement too vague");
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    assertThat(isVetted(applicant)).isFalse();
    assertThat(audit(applicant))
        .extracting(AuditEntry::action, AuditEntry::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("evaluator.apply", null),
            org.assertj.core.groups.Tuple.tuple("evaluator.reject", "statement too vague"),
            org.assertj.core.groups.Tuple.tuple("evaluator.apply", null));
  }

  @Test
  void suspend_thenReinstate_roleStopsAndReturnsRecordKept() {
    ApiClient evaluator = vettedEvaluator("suspended");

    ApiResponse withoutReason = decideEvaluator(steward, evaluator, "suspend", "{}");
    ApiResponse suspended =
        decideEvaluator(steward, evaluator, "suspend", reason("leaked a finding"));
    boolean vettedWhileSuspended = isVetted(evaluator);
    String rolesWhileSuspended = evaluator.get("/api/v1/me").json().path("roles").toString();
    String profileStatus =
        user("peer").get("/api/v1/evaluators/" + evaluator.name()).json().path("status").asText();
    ApiResponse reinstated = decideEvaluator(steward, evaluator, "reinstate", "{}");

    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
    assertThat(suspended.json().path("status").asText()).isEqualTo("suspended");
    assertThat(vettedWhileSuspended).isFalse();
    assertThat(rolesWhileSuspended).isEqualTo("[]");
    assertThat(profileStatus).isEqualTo("suspended");
    assertThat(reinstated.status()).as(reinstated.toString()).isEqualTo(200);
    assertThat(reinstated.json().path("status").asText()).isEqualTo("vetted");
    assertThat(isVetted(evaluator)).isTrue();
    assertThat(auditActions(evaluator))
        .containsExactly(
            "evaluator.apply", "evaluator.approve", "evaluator.suspend", "evaluator.reinstate");
    assertThat(audit(evaluator).get(2).reason()).isEqualTo("leaked a finding");
  }

  @Test
  void revoke_isPermanentUntilANewApplicationIsApproved() {
    ApiClient evaluator = vettedEvaluator("revoked");

    ApiResponse revoked = decideEvaluator(steward, evaluator, "revoke", reason("conflict hidden"));
    ApiResponse reinstate = decideEvaluator(steward, evaluator, "reinstate", "{}");
    boolean vettedAfterRevoke = isVetted(evaluator);
    String second = apply(evaluator);
    boolean vettedWhilePending = isVetted(evaluator);
    ApiResponse approved = decide(steward, second, "approve", "{}");

    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
    assertThat(revoked.json().path("status").asText()).isEqualTo("revoked");
    assertThat(reinstate.status()).isEqualTo(409);
    assertThat(reinstate.code()).isEqualTo("invalid_status");
    assertThat(reinstate.json().path("hint").asText()).contains("applies again");
    assertThat(vettedAfterRevoke).isFalse();
    assertThat(vettedWhilePending).isFalse();
    assertThat(approved.status()).isEqualTo(200);
    assertThat(isVetted(evaluator)).isTrue();
    assertThat(auditActions(evaluator))
        .containsExactly(
            "evaluator.apply",
            "evaluator.approve",
            "evaluator.revoke",
            "evaluator.apply",
            "evaluator.approve");
  }

  @Test
  void withdraw_pending_withdrawnOnceAndReapplyAllowed() {
    ApiClient applicant = user("withdrawing");
    String id = apply(applicant);

    ApiResponse withdrawn = applicant.post(APPLICATIONS + "/" + id + "/withdraw", "");
    ApiResponse twice = applicant.post(APPLICATIONS + "/" + id + "/withdraw", "");
    ApiResponse approveWithdrawn = decide(steward, id, "approve", "{}");
    String second = apply(applicant);
    ApiResponse own = applicant.get("/api/v1/me/evaluator-applications");

    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(withdrawn.json().path("status").asText()).isEqualTo("withdrawn");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(approveWithdrawn.status()).isEqualTo(409);
    assertThat(own.json().path("items").findValuesAsText("id")).containsExactly(second, id);
    assertThat(auditActions(applicant))
        .containsExactly("evaluator.apply", "evaluator.withdraw", "evaluator.apply");
  }

  @Test
  void apply_withOpenApplication_409AndNothingStored() {
    ApiClient applicant = user("eager");
    String id = apply(applicant);
    long log = auditSize();

    ApiResponse duplicate = applicant.post(APPLICATIONS, applicationBody("[]"));
    decide(steward, id, "approve", "{}");
    ApiResponse whileVetted = applicant.post(APPLICATIONS, applicationBody("[]"));

    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.code()).isEqualTo("application_open");
    assertThat(duplicate.json().path("hint").asText()).contains(id + "/withdraw");
    assertThat(whileVetted.status()).isEqualTo(409);
    assertThat(whileVetted.json().path("details").path("status").asText()).isEqualTo("vetted");
    assertThat(auditSize()).isEqualTo(log + 1);
    assertThat(applicant.get("/api/v1/me/evaluator-applications").json().path("items").size())
        .isEqualTo(1);
  }

  @Test
  void conflictedOrgSlugs_declaredOrganizationsAndMemberships() {
    String declared = organization("funder");
    String employer = organization("employer");
    organization("unrelated");
    ApiClient evaluator = member(employer, OrgRole.RELEASER, "insider");
    String conflicts =
        "[{\"kind\": \"funding\", \"organization\": \""
            + declared
            + "\"}, {\"kind\": \"other\", \"description\": \"Advisor to a lab outside\"}]";
    decide(steward, apply(evaluator, conflicts), "approve", "{}");
    String id = userId(evaluator);

    Set<String> slugs = tx(repos -> Evaluators.conflictedOrgSlugs(repos, id));

    assertThat(slugs).containsExactlyInAnyOrder(declared, employer);
  }

  @Test
  void queue_pages_oldestFirst() {
    List<String> mine = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      mine.add(apply(user("queued")));
    }
    List<String> seen = new ArrayList<>();
    String next = null;
    do {
      ApiResponse page =
          steward.get(APPLICATIONS + "?limit=2" + (next == null ? "" : "&after=" + next));
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      assertThat(page.json().path("items").size()).isLessThanOrEqualTo(2);
      seen.addAll(page.json().path("items").findValuesAsText("id"));
      next = page.json().hasNonNull("next") ? page.json().path("next").asText() : null;
    } while (next != null);

    assertThat(seen).containsSubsequence(mine).isSorted();
    assertThat(steward.get(APPLICATIONS + "?status=approved").status()).isEqualTo(400);
  }
}
