package dev.clearance.server.web.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.BrowserTestBase;
import dev.clearance.server.testing.ReleaseInReview;
import dev.clearance.store.identity.GlobalRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluator's pages in Chromium (issue 7 item 4): a person applies through the form, a steward
 * vets them through the API, they request access, are granted it, read the material, file a finding
 * with an attachment, see the response and contest it. Texts they type are hostile and must render
 * inert (the base class fails on any dialog or script error).
 */
class ReviewPagesTest extends BrowserTestBase {

  /** Script, an event handler and a right-to-left override, as a person might type them. */
  private static final String HOSTILE =
      "<script>alert('x')</script><img src=x onerror=alert(1)> \u202Etxt.exe";

  @TempDir Path signingFolder;

  private ReleaseInReview inReview() {
    return releaseInReview(organization("acme"), signingFolder);
  }

  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  private void clickAndReload(String buttonName) {
    page.waitForNavigation(() -> button(buttonName).click());
  }

  /** The entry of {@code release} in the list of releases in review. */
  private Locator reviewItem(ReleaseInReview release) {
    return page.locator("#open-reviews li.review-item")
        .filter(new Locator.FilterOptions().setHasText(release.org() + "/" + release.model()));
  }

  /** The steward approves the one pending application of {@code handle} through the API. */
  private void vetThroughTheApi(String handle) {
    JsonNode queue = steward.get("/api/v1/evaluator-applications").json().path("items");
    for (JsonNode application : queue) {
      if (application.path("user").asText().equals(handle)) {
        ReleaseInReview.expect(
            steward.post(
                "/api/v1/evaluator-applications/" + application.path("id").asText() + "/approve",
                "{\"reason\": \"publications checked\"}"),
            200);
        return;
      }
    }
    throw new AssertionError("no application of " + handle + " in " + queue);
  }

  /** The releaser approves the evaluator's waiting access request through the API. */
  private static void grantThroughTheApi(ReleaseInReview release) {
    JsonNode grants = release.releaser().get(release.path() + "/grants").json().path("items");
    String id = grants.get(0).path("id").asText();
    ReleaseInReview.expect(
        release.releaser().post(release.path() + "/grants/" + id + "/approve", "{\"days\": 20}"),
        200);
  }

  @Test
  void evaluator_appliesIsVettedGrantedFilesAFindingWithAnAttachment_andContestsTheResponse() {
    Person ada = person("ada");
    signIn(ada);
    page.waitForNavigation(
        () ->
            page.getByRole(
                    AriaRole.LINK, new Page.GetByRoleOptions().setName("Become an evaluator"))
                .click());
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/review$"));
    assertAccessible();
    screenshot("review-apply");

    page.getByLabel("Affiliation").fill("Example University " + HOSTILE);
    page.getByLabel("Areas of expertise").fill("bias, privacy");
    page.getByLabel("Statement of purpose").fill("I probe models for harms. " + HOSTILE);
    page.getByLabel("Kind (conflict 1)").selectOption("funding");
    page.getByLabel("Who and what (conflict 1)").fill("Research grant " + HOSTILE);
    clickAndReload("Send application");

    assertThat(page.locator("#application-heading")).hasText("Your application");
    assertThat(page.locator("main")).containsText("pending");
    assertThat(page.locator("main")).containsText("Research grant <script>");
    JsonNode sent = ada.api().get("/api/v1/me/evaluator-applications").json().path("items");
    assertThat(sent.get(0).path("expertise").toString()).isEqualTo("[\"bias\",\"privacy\"]");
    assertThat(sent.get(0).path("conflicts")).hasSize(1);
    assertThat(sent.get(0).path("conflicts").get(0).path("kind").asText()).isEqualTo("funding");
    screenshot("review-application-pending");

    vetThroughTheApi(ada.api().name());
    ReleaseInReview release = inReview();
    open("/review");
    Locator item = reviewItem(release);
    item.getByText("Request access to " + release.org()).click();
    item.getByLabel("Purpose").fill("Bias probes " + HOSTILE);
    page.waitForNavigation(
        () ->
            item.getByRole(
                    AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Request access"))
                .click());
    assertThat(reviewItem(release)).containsText("Your access: requested");

    grantThroughTheApi(release);
    open("/review");
    assertThat(page.locator("#grants")).containsText("active");
    assertThat(page.locator("#grants")).containsText("Expires");
    assertAccessible();
    screenshot("review-home");

    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("Open the material of " + release.org() + "/" + release.model()))
        .click();
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*" + release.materialPage()));
    assertThat(page.locator("main > h1")).containsText(release.model());
    assertThat(page.locator(".model-card")).not().isEmpty();
    assertThat(page.locator("main")).containsText("Check report");
    assertThat(page.locator("main")).containsText("README.md");
    assertAccessible();
    screenshot("review-material");
    String log = release.releaser().get(release.path() + "/access-log").body();
    assertThat(log).contains("model page " + release.org() + "/" + release.model() + "@1.0.0");

    page.getByLabel("Title").fill("Leaks e-mail addresses " + HOSTILE);
    page.getByLabel("Category").selectOption("privacy");
    page.getByLabel("High").check();
    page.getByLabel("Summary").fill("Completions reveal addresses. " + HOSTILE);
    page.getByLabel("Reproduction steps").fill("Ask for the CEO's e-mail.");
    page.waitForNavigation(() -> button("File the finding").click());

    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*\\?filed=.*#finding-.*"));
    Locator finding = page.locator("article.finding");
    assertThat(finding).hasCount(1);
    assertThat(finding).containsText("Leaks e-mail addresses <script>");
    assertThat(finding).containsText("Severity: High");
    page.locator("input[type=file]")
        .setInputFiles(
            new FilePayload(
                "outputs.jsonl",
                "application/octet-stream",
                "{\"completion\": \"ceo@example.com\"}\n".getBytes(StandardCharsets.UTF_8)));
    clickAndReload("Upload attachment");
    assertThat(page.locator("article.finding")).containsText("outputs.jsonl");
    JsonNode filed = ada.api().get("/api/v1/me/findings").json().path("items").get(0);
    assertThat(filed.path("attachments").get(0).path("name").asText()).isEqualTo("outputs.jsonl");
    assertThat(filed.path("affectedVersions").toString()).isEqualTo("[\"1.0.0\"]");
    screenshot("review-material-finding");

    ReleaseInReview.expect(
        release
            .releaser()
            .post(
                release.path() + "/findings/" + filed.path("id").asText() + "/response",
                "{\"kind\": \"disputed\", \"rationale\": \"addresses are public " + "\"}"),
        201);
    open("/review");
    Locator mine = page.locator("#findings");
    assertThat(mine).containsText("Leaks e-mail addresses <script>");
    assertThat(mine).containsText("addresses are public");
    mine.getByText("Contest this response").click();
    page.getByLabel("Why the response does not settle the finding").fill("They are not public.");
    clickAndReload("Contest the response");
    assertThat(page.locator("#findings")).containsText("They are not public.");
    assertThat(page.locator("#findings")).containsText("contested");
    assertAccessible();
    screenshot("review-findings");
  }

  @Test
  void application_unknownOrganizationInAConflict_isMarkedOnThatRow() {
    Person dee = person("dee");
    signIn(dee);
    open("/review");
    page.getByLabel("Affiliation").fill("Example University");
    page.getByLabel("Areas of expertise").fill("security");
    page.getByLabel("Statement of purpose").fill("I red-team models.");
    page.getByLabel("Kind (conflict 1)").selectOption("employment");
    page.getByLabel("Organization on this registry (conflict 1)").fill("no-such-org");

    button("Send application").click();

    Locator alert = page.locator("form.application-form [role=alert]");
    assertThat(alert).isVisible();
    assertThat(alert).containsText("no-such-org");
    assertThat(page.getByLabel("Organization on this registry (conflict 1)"))
        .hasAttribute("aria-invalid", "true");
    assertThat(page.locator("[data-error-for='conflicts[0].organization']")).isVisible();
    assertThat(dee.api().get("/api/v1/me/evaluator-applications").json().path("items")).isEmpty();
  }

  @Test
  void material_withoutJavaScript_readsTheMaterialAndSaysFormsNeedIt() {
    ReleaseInReview release = inReview();
    Person fay = person("fay", GlobalRole.EVALUATOR);
    ReleaseInReview.expect(
        release
            .releaser()
            .post(
                release.path() + "/grants",
                "{\"evaluator\": \"" + fay.api().name() + "\", \"days\": 10}"),
        201);
    com.microsoft.playwright.BrowserContext plain = newContext(false);
    Page noScript = plain.newPage();
    noScript.navigate("/login?next=" + release.materialPage());
    noScript.getByLabel("Handle").fill(fay.handle());
    noScript.getByLabel("Password").fill(fay.password());
    noScript.waitForNavigation(
        () ->
            noScript
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click());

    assertThat(noScript).hasURL(java.util.regex.Pattern.compile(".*" + release.materialPage()));
    assertThat(noScript.locator("main > h1")).containsText(release.model());
    assertThat(noScript.locator(".model-card")).not().isEmpty();
    assertThat(noScript.locator("main")).containsText("README.md");
    assertThat(noScript.locator("form.finding-form")).isVisible();
    assertThat(noScript.locator(".noscript-note").first()).isVisible();
    plain.close();
  }

  @Test
  void application_pending_canBeWithdrawnAndTheFormComesBack() {
    Person gil = person("gil");
    ReleaseInReview.expect(
        gil.api()
            .post(
                "/api/v1/evaluator-applications",
                "{\"affiliation\": \"Lab\", \"expertise\": [\"bias\"], \"statement\":"
                    + " \"I probe.\", \"conflicts\": []}"),
        201);
    signIn(gil);
    open("/review");
    assertThat(page.locator("form.application-form")).hasCount(0);

    clickAndReload("Withdraw the application");

    assertThat(page.locator("#application-heading")).isVisible();
    assertThat(page.locator("main")).containsText("withdrawn");
    assertThat(page.locator("form.application-form")).isVisible();
  }

  @Test
  void review_cursorNoListMade_is400NamingTheParameter() {
    Person hal = person("hal", GlobalRole.EVALUATOR);
    signIn(hal);

    var answer = open("/review?grantsAfter=" + "x".repeat(201));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(page.locator("main")).containsText("grantsAfter");
  }

  @Test
  void material_evaluatorWithoutAGrant_is404AndNothingIsShown() {
    ReleaseInReview release = inReview();
    Person eve = person("eve", GlobalRole.EVALUATOR);
    signIn(eve);

    var answer = open(release.materialPage());

    assertThat(answer.status()).isEqualTo(404);
    assertThat(page.locator("main")).not().containsText("Check report");
    assertThat(page.locator("main")).not().containsText("README.md");
  }

  @Test
  void review_vettedEvaluatorWithNothingYet_showsEmptyStates() {
    Person bo = person("bo", GlobalRole.EVALUATOR);
    signIn(bo);

    open("/review");

    assertThat(page.getByText("No release is in review")).isVisible();
    assertThat(page.getByText("No access yet")).isVisible();
    assertThat(page.getByText("No findings yet")).isVisible();
    assertThat(page.locator("form.application-form")).hasCount(0);
    assertAccessible();
    screenshot("review-empty");
  }

  @Test
  void accessRequest_withoutPurpose_showsTheApiErrorInTheForm() {
    ReleaseInReview release = inReview();
    Person cy = person("cy", GlobalRole.EVALUATOR);
    signIn(cy);
    open("/review");
    Locator item = reviewItem(release);
    item.getByText("Request access to " + release.org()).click();
    item.getByLabel("Purpose").fill("   ");

    item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Request access"))
        .click();

    Locator alert = item.locator("form.access-request-form [role=alert]");
    assertThat(alert).isVisible();
    assertThat(alert).containsText("purpose");
    ApiResponse grants = cy.api().get("/api/v1/me/grants");
    assertThat(grants.json().path("items")).isEmpty();
  }
}
