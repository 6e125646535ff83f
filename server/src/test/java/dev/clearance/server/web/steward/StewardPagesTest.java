package dev.clearance.server.web.steward;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.BrowserTestBase;
import dev.clearance.store.identity.GlobalRole;
import org.junit.jupiter.api.Test;

/**
 * The stewards' pages in Chromium: vetting an evaluator, opening a review window and approving,
 * waiving failed checks with a reason, and approving auditors. Every decision goes through the
 * page's form to the API; the tests read the outcome back through the API.
 */
class StewardPagesTest extends BrowserTestBase {

  private Person signedInSteward() {
    Person steward = person("sam", GlobalRole.STEWARD);
    signIn(steward);
    return steward;
  }

  private Locator card(String text) {
    return page.locator(".queue-card").filter(new Locator.FilterOptions().setHasText(text));
  }

  private void click(Locator scope, String button) {
    scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button)).click();
  }

  private void submitAndWait(Locator scope, String button) {
    page.waitForLoadState();
    page.waitForNavigation(() -> click(scope, button));
  }

  private static String apply(Person applicant) {
    ApiResponse applied =
        applicant
            .api()
            .post(
                "/api/v1/evaluator-applications",
                "{\"affiliation\": \"Example <b>University</b>\", \"expertise\": [\"bias\"],"
                    + " \"statement\": \"<script>alert(1)</script> I test for bias.\","
                    + " \"conflicts\": []}");
    assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
    return applied.json().path("id").asText();
  }

  @Test
  void vetting_stewardApprovesThenSuspendsWithReason_applicantTextStaysInert() {
    Person ada = person("ada");
    String id = apply(ada);
    signedInSteward();

    open("/steward");
    Locator applications =
        page.locator(".queue-item")
            .filter(new Locator.FilterOptions().setHasText("Evaluator applications"));
    assertThat(applications.locator(".queue-count")).containsText("1");
    screenshot("steward-home");
    assertAccessible();

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evaluator applications"))
        .click();
    Locator application = card(ada.handle());
    assertThat(application).containsText("<script>alert(1)</script> I test for bias.");
    assertThat(application).containsText("Example <b>University</b>");
    screenshot("steward-vetting");
    assertAccessible();
    application.getByLabel("Reason (optional)").fill("Known bias researcher");
    submitAndWait(application, "Approve " + ada.handle());

    assertThat(page.locator(".empty-state")).containsText("No pending applications");
    JsonNode approved = steward.get("/api/v1/evaluator-applications/" + id).json();
    assertThat(approved.path("status").asText()).isEqualTo("vetted");
    assertThat(approved.path("reason").asText()).isEqualTo("Known bias researcher");

    open("/steward/vetting?status=vetted");
    Locator vetted = card(ada.handle());
    vetted.getByLabel("Reason").first().fill("Shared pre-release material");
    submitAndWait(vetted, "Suspend " + ada.handle());
    open("/steward/vetting?status=suspended");

    assertThat(card(ada.handle())).containsText("Shared pre-release material");
    assertThat(steward.get("/api/v1/evaluator-applications/" + id).json().path("status").asText())
        .isEqualTo("suspended");
  }

  @Test
  void releases_stewardOpensTheWindowThenApproves_buttonsExplainWhatBlocks() {
    Scenario scenario = draft("windowed");
    uploadExample(scenario, "tiny-classifier");
    uploadSignature(scenario, "tiny-classifier");
    assertThat(check(scenario).path("passed").asBoolean()).isTrue();
    allowed(scenario.releaser(), scenario, "submit", "submitted");
    signedInSteward();

    open("/steward/releases?state=submitted");
    Locator release = card(scenario.org() + "/" + scenario.model());
    assertThat(release).containsText("submitted");
    screenshot("steward-releases");
    assertAccessible();
    submitAndWait(release, "Start review and open the window");
    String afterStart = steward.get(scenario.path()).json().path("state").asText();

    open("/steward/releases?state=in_review");
    Locator inReview = card(scenario.org() + "/" + scenario.model());
    submitAndWait(inReview, "Approve release");

    assertThat(afterStart).isEqualTo("in_review");
    assertThat(steward.get(scenario.path()).json().path("state").asText()).isEqualTo("approved");
  }

  @Test
  void releases_approveBlockedByOpenFinding_isDisabledWithTheReason() {
    Scenario scenario = inReview("blocked", "tiny-classifier");
    Person eve = person("eve", GlobalRole.EVALUATOR);
    assertThat(
            scenario
                .releaser()
                .post(
                    scenario.path() + "/grants",
                    "{\"evaluator\": \"" + eve.handle() + "\", \"days\": 30}")
                .status())
        .isEqualTo(201);
    ApiResponse filed =
        eve.api()
            .post(
                scenario.path() + "/findings",
                "{\"title\": \"Leaks e-mail addresses\", \"category\": \"privacy\", \"severity\":"
                    + " \"high\", \"affectedVersions\": [\"1.0.0\"], \"summary\": \"Reveals"
                    + " addresses.\", \"reproduction\": \"Ask for one.\", \"evidence\": \"12 of"
                    + " 50.\"}");
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    signedInSteward();

    open("/steward/releases?state=in_review");
    Locator release = card(scenario.org() + "/" + scenario.model());
    Locator approve =
        release.getByRole(
            AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve release"));

    assertThat(approve).isDisabled();
    assertThat(release.locator(".blockers"))
        .containsText("1 finding(s) have no response from the organization");
    assertThat(release.locator(".blockers li li")).hasText("Leaks e-mail addresses");
    assertThat(release).containsText("1 open");
  }

  @Test
  void waiver_draftWithFailedChecks_stewardWaivesWithReason_thenItCanBeSubmitted() {
    Scenario scenario = draft("incomplete");
    uploadExample(scenario, "incomplete-model");
    assertThat(check(scenario).path("passed").asBoolean()).isFalse();
    signedInSteward();

    open("/steward/releases?state=draft");
    Locator release = card(scenario.org() + "/" + scenario.model());
    release.locator("summary").filter(new Locator.FilterOptions().setHasText("Waive")).click();
    screenshot("steward-waiver");
    assertAccessible();
    release.getByLabel("Why the failed checks may be accepted").fill("The section is in the paper");
    submitAndWait(release, "Waive failed checks");

    assertThat(card(scenario.org() + "/" + scenario.model())).hasCount(0);
    ApiResponse submitted = act(scenario.releaser(), scenario, "submit");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    assertThat(auditActions(scenario)).contains("release.waive");
  }

  @Test
  void auditors_stewardApprovesFirmAndAuditor_thenSuspendsTheAuditor() {
    Person olga = person("olga");
    signedInSteward();

    open("/steward/auditors");
    assertThat(page.locator(".empty-state")).containsText("No audit firms yet");
    page.locator("summary").filter(new Locator.FilterOptions().setHasText("Approve a new")).click();
    page.getByLabel("Short name").fill("northgate");
    page.getByLabel("Firm name").fill("Northgate Audit");
    page.getByLabel("Website").fill("https://northgate.example");
    page.getByLabel("Description").fill("Audits language models.");
    submitAndWait(page.locator("body"), "Approve firm");
    Locator firm = card("Northgate Audit");
    firm.getByLabel("Add an auditor (their handle)").fill(olga.handle());
    submitAndWait(firm, "Add auditor to Northgate Audit");
    Locator row = page.locator("tr").filter(new Locator.FilterOptions().setHasText(olga.handle()));
    row.getByLabel("New status of " + olga.handle()).selectOption("suspended");
    row.getByLabel("Reason").fill("Conflict with a client");
    screenshot("steward-auditors");
    assertAccessible();
    submitAndWait(row, "Change status");

    JsonNode stored = steward.get("/api/v1/audit-firms/northgate").json();
    assertThat(stored.path("auditors").get(0).path("auditor").asText()).isEqualTo(olga.handle());
    assertThat(stored.path("auditors").get(0).path("status").asText()).isEqualTo("suspended");
    assertThat(page.locator("tr").filter(new Locator.FilterOptions().setHasText(olga.handle())))
        .containsText("Conflict with a client");
  }

  @Test
  void queues_areForStewardsOnly_andBadFiltersAre400() {
    Person ada = person("ada");
    signIn(ada);

    Response forbidden = open("/steward/vetting");
    signedInStewardInNewContext();
    Response badState = open("/steward/releases?state=released");

    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(badState.status()).isEqualTo(400);
    assertThat(page.locator("main")).containsText("State must be submitted");
  }

  private void signedInStewardInNewContext() {
    context.close();
    context = newContext(true);
    page = context.newPage();
    signedInSteward();
  }
}
