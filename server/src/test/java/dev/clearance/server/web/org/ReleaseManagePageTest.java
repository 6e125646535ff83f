package dev.clearance.server.web.org;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.Audits;
import dev.clearance.store.identity.GlobalRole;
import org.junit.jupiter.api.Test;

/**
 * The management page of one release in Chromium: transitions as buttons (disabled ones say why,
 * with the API's texts; enabled ones move the release), a finding answered through its response
 * form, evaluators' access granted, approved and revoked, and no access for people outside the
 * organization. Every change goes through the JSON API, which the test reads back.
 */
class ReleaseManagePageTest extends OrgPageTestBase {

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  @Test
  void manage_disabledTransitionSaysWhy_enabledOneMovesTheRelease() {
    Org org = org("acme");
    String path = draft(org, "tiny");
    signIn(org.releaser());
    open(org.manage("tiny", "1.0.0"));

    Locator submit = page.getByRole(AriaRole.BUTTON, named("Submit"));
    assertThat(submit).isDisabled();
    assertThat(page.locator("#why-submit")).containsText("The release has no check report yet.");
    assertThat(submit).hasAttribute("aria-describedby", "why-submit");
    assertAccessible();
    screenshot("release-manage-draft");

    uploadAndCheck(org, path, "tiny-classifier");
    page.reload();
    assertThat(submit).isEnabled();
    submit.click();

    assertThat(page.locator("h1 + .badges .badge.state")).hasText("submitted");
    assertThat(org.api().get(path).json().path("state").asText()).isEqualTo("submitted");
    Locator startReview = page.getByRole(AriaRole.BUTTON, named("Start review"));
    assertThat(startReview).isDisabled();
    assertThat(page.locator("#why-start_review"))
        .containsText("Start_review may be taken only by a steward.");
    assertThat(page.locator("#why-start_review")).containsText("Ask a steward to do it.");
  }

  @Test
  void manage_transitionFromAPageThatWentStale_isRefusedAndSaysToReload() {
    Org org = org("stale");
    String path = draft(org, "tiny");
    uploadAndCheck(org, path, "tiny-classifier");
    signIn(org.releaser());
    open(org.manage("tiny", "1.0.0"));
    ApiResponse checkedAgain = org.api().post(path + "/check", "");
    assertThat(checkedAgain.status()).as(checkedAgain.toString()).isEqualTo(200);

    Locator submit = page.getByRole(AriaRole.BUTTON, named("Submit"));
    submit.click();

    Locator form =
        page.locator("form.transition").filter(new Locator.FilterOptions().setHas(submit));
    assertThat(form.getByRole(AriaRole.ALERT)).containsText("changed since version");
    assertThat(form.getByRole(AriaRole.ALERT)).containsText("reload the page");
    assertThat(org.api().get(path).json().path("state").asText()).isEqualTo("draft");
    page.reload();
    submit.click();
    assertThat(page.locator("h1 + .badges .badge.state")).hasText("submitted");
  }

  @Test
  void manage_releaserAnswersAFinding_seesItAnswered() {
    Org org = org("answers");
    String path = inReview(org, "tiny", "tiny-classifier");
    ApiClient evaluator = grantedEvaluator(org, path, "eve");
    String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> \u202Egnp.exe";
    JsonNode finding = file(evaluator, path, hostile, "high");
    String id = finding.path("id").asText();
    signIn(org.releaser());
    open(org.manage("tiny", "1.0.0"));

    String shown = hostile.replace("\u202E", "[U+202E]");
    Locator article = page.locator("#finding-" + id);
    assertThat(article.locator("h3")).hasText(shown);
    assertThat(article.locator(".finding-state")).hasText("Open");
    assertThat(page.locator("#why-approve")).containsText(shown);
    assertThat(page.locator("#why-approve a")).hasAttribute("href", "#finding-" + id);
    Locator disputed =
        article
            .locator("details.response-form")
            .filter(new Locator.FilterOptions().setHasText("Disputed"));
    disputed.locator("summary").click();
    disputed.getByLabel("Rationale").fill("The addresses are public <i>contact</i> data.");
    assertAccessible();
    screenshot("release-manage");
    article
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Respond: Disputed"))
        .click();

    assertThat(article.locator(".finding-state")).hasText("Answered");
    assertThat(article.locator(".response")).containsText("Disputed by " + org.releaser().handle());
    assertThat(article.locator(".response"))
        .containsText("The addresses are public <i>contact</i> data.");
    assertThat(
            article.getByRole(
                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Respond: Disputed")))
        .hasCount(0);
    JsonNode stored = org.api().get(path + "/findings/" + id).json();
    assertThat(stored.path("state").asText()).isEqualTo("answered");
    assertThat(stored.path("responses").get(0).path("kind").asText()).isEqualTo("disputed");
  }

  @Test
  void manage_grantsApprovesAndRevokesEvaluatorAccess() {
    Org org = org("access");
    String path = inReview(org, "tiny", "tiny-classifier");
    ApiClient granted = user("granted", GlobalRole.EVALUATOR);
    ApiClient asker = user("asker", GlobalRole.EVALUATOR);
    ApiResponse asked = asker.post(path + "/access-requests", "{\"purpose\": \"toxicity probes\"}");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    signIn(org.releaser());
    open(org.manage("tiny", "1.0.0") + "#access");

    page.getByLabel("Evaluator's handle").fill(granted.name());
    page.getByLabel("Days of access", new Page.GetByLabelOptions().setExact(true)).fill("10");
    page.getByRole(AriaRole.BUTTON, named("Grant access")).click();

    Locator grantedItem =
        page.locator(".grant-item").filter(new Locator.FilterOptions().setHasText(granted.name()));
    assertThat(grantedItem.locator(".badge")).hasText("Active");
    assertThat(granted.get(path).status()).isEqualTo(200);

    page.getByRole(AriaRole.BUTTON, named("Approve access for " + asker.name())).click();
    Locator askerItem =
        page.locator(".grant-item").filter(new Locator.FilterOptions().setHasText(asker.name()));
    assertThat(askerItem.locator(".badge")).hasText("Active");
    assertThat(asker.get(path).status()).isEqualTo(200);

    grantedItem
        .getByLabel("Reason to revoke the access of " + granted.name())
        .fill("The evaluation is finished.");
    page.getByRole(AriaRole.BUTTON, named("Revoke access of " + granted.name())).click();

    assertThat(grantedItem.locator(".badge")).hasText("Revoked");
    assertThat(grantedItem).containsText("The evaluation is finished.");
    assertThat(granted.get(path).status()).isEqualTo(404);
    assertAccessible();
    screenshot("release-manage-access");
  }

  @Test
  void manage_stagedRollout_advancesAfterItsMinimumAndRollsBackWithAReason() {
    Org org = org("rollout");
    String path = inReview(org, "chat", "chat-13b");
    transition(steward, path, "approve");
    signIn(org.releaser());
    open(org.manage("chat", "1.0.0"));

    page.getByRole(AriaRole.BUTTON, named("Stage")).click();

    Locator rollout = page.locator("#rollout");
    assertThat(rollout).containsText("Stage research");
    Locator advance = page.getByRole(AriaRole.BUTTON, named("Advance to limited"));
    assertThat(advance).isDisabled();
    assertThat(page.locator("#why-advance")).containsText("at least 14 days");
    clock.advance(java.time.Duration.ofDays(14));
    signIn(org.releaser()); // the 8-hour session ended with the 14 days
    open(org.manage("chat", "1.0.0"));
    advance.click();

    assertThat(rollout).containsText("Stage limited");
    assertThat(org.api().get(path + "/rollout").json().path("current").asText())
        .isEqualTo("limited");
    rollout.getByLabel("Reason to roll back").fill("A jailbreak spreads in the limited stage.");
    rollout.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Roll back")).click();

    assertThat(rollout).containsText("Stage research");
    assertThat(
            org.api().get(path + "/rollout").json().path("history").get(2).path("reason").asText())
        .isEqualTo("A jailbreak spreads in the limited stage.");
    assertAccessible();
    screenshot("release-manage-rollout");
  }

  @Test
  void manage_tier3_requestsAnAuditEngagement() {
    Org org = org("audited");
    String path = inReview(org, "coder", "coder-7b");
    ApiClient auditor = user("auditor");
    Audits.approvedAuditor(steward, Audits.approvedFirm(steward, unique("firm")), auditor);
    signIn(org.releaser());
    open(org.manage("coder", "1.0.0"));
    Locator audit = page.locator("#audit");
    assertThat(audit).containsText("no auditor has been engaged for this release");

    audit.getByLabel("Auditor's handle").fill(auditor.name());
    audit.getByLabel("Scope of the audit").fill("Safety and bias evaluation");
    audit
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Request the audit"))
        .click();

    assertThat(audit).not().containsText("no auditor has been engaged for this release");
    JsonNode engagements = org.api().get(path + "/engagements").json().path("engagements");
    assertThat(engagements).hasSize(1);
    assertThat(engagements.get(0).path("auditor").asText()).isEqualTo(auditor.name());
    assertThat(engagements.get(0).path("status").asText()).isEqualTo("requested");
  }

  @Test
  void manage_declinesAnAccessRequestWithAReason() {
    Org org = org("declines");
    String path = inReview(org, "tiny", "tiny-classifier");
    ApiClient asker = user("asker", GlobalRole.EVALUATOR);
    ApiResponse asked = asker.post(path + "/access-requests", "{\"purpose\": \"red teaming\"}");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    signIn(org.releaser());
    open(org.manage("tiny", "1.0.0"));
    Locator item =
        page.locator(".grant-item").filter(new Locator.FilterOptions().setHasText(asker.name()));
    assertThat(item.locator(".badge")).hasText("Requested");

    item.getByLabel("Reason to decline " + asker.name()).fill("Works for a competitor.");
    page.getByRole(AriaRole.BUTTON, named("Decline the request of " + asker.name())).click();

    assertThat(item.locator(".badge")).hasText("Declined");
    assertThat(item).containsText("reason: Works for a competitor.");
    assertThat(asker.get(path).status()).isEqualTo(404);
    JsonNode grants = org.api().get(path + "/grants").json().path("items");
    assertThat(grants.get(0).path("status").asText()).isEqualTo("declined");
  }

  @Test
  void manage_grantToUnknownHandle_showsTheApiErrorAtTheField() {
    Org org = org("typo");
    inReview(org, "tiny", "tiny-classifier");
    signIn(org.releaser());
    open(org.manage("tiny", "1.0.0"));

    page.getByLabel("Evaluator's handle").fill("nobody-with-this-handle");
    page.getByRole(AriaRole.BUTTON, named("Grant access")).click();

    Locator form = page.locator("form.grant-access");
    assertThat(form.getByRole(AriaRole.ALERT)).containsText("No user 'nobody-with-this-handle'");
    assertThat(form.getByLabel("Evaluator's handle")).hasAttribute("aria-invalid", "true");
    assertThat(page.locator(".grant-item")).hasCount(0);
  }

  @Test
  void manage_outsidersAreRefused_membersGet404ForAbsentReleases() {
    Org org = org("closed");
    draft(org, "hidden");
    Person outsider = person("outsider", GlobalRole.EVALUATOR);
    signIn(outsider);

    Response refused = open(org.manage("hidden", "1.0.0"));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(page.locator("main")).not().containsText("hidden");
    signIn(org.releaser());
    Response absent = open(org.manage("hidden", "9.9.9"));
    assertThat(absent.status()).isEqualTo(404);
    Response shown = open(org.manage("hidden", "1.0.0"));
    assertThat(shown.status()).isEqualTo(200);
    assertThat(page.getByRole(AriaRole.LINK, named("Public page of this release")))
        .hasAttribute("href", "/orgs/" + org.slug() + "/models/hidden/releases/1.0.0");
  }
}
