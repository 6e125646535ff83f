package dev.clearance.server.scenario;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.BrowserTestBase;
import dev.clearance.server.testing.SignedModel;
import dev.clearance.server.web.Links;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's main flow of every role, end to end in Chromium, each person in their own browser: a
 * releaser uploads and checks a signed dossier (the calls {@code clearance submit} makes), reads
 * the check results on the release page and submits on the management page; a researcher applies to
 * be an evaluator and a steward vets them; the steward opens the review; the releaser grants
 * access; the evaluator reads the material and files a finding; the releaser answers it; the
 * steward approves; the releaser releases; and the public finds the model in the catalog and reads
 * the finding with its response and the audit-log entries. Only the upload goes through the API.
 */
class EveryRoleJourneyPageTest extends BrowserTestBase {

  private static final String FINDING = "Reveals e-mail addresses of staff";
  private static final String RATIONALE = "The addresses are published on the contact page.";

  /** Opens a browser of its own for {@code person}, signed in; it becomes {@link #page}. */
  private void browserOf(Person person) {
    switchBrowser();
    signIn(person);
  }

  /** A fresh browser without anyone signed in; it becomes {@link #page}. */
  private void switchBrowser() {
    BrowserContext previous = context;
    context = newContext(true);
    page = context.newPage();
    previous.close();
  }

  private Locator button(String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  /** Clicks {@code target}, whose form reloads the page when the API accepts it. */
  private void clickAndReload(Locator target) {
    page.waitForNavigation(target::click);
  }

  private String state(String path) {
    return steward.get(path).json().path("state").asText();
  }

  @Test
  void releaseReviewedByTheCommunity_fromUploadToThePublicPage() {
    String org = organization("journey");
    Person releaser = person("rita");
    run(
        tx ->
            tx.memberships()
                .add(
                    tx.users().findByHandle(releaser.handle()).orElseThrow().id(),
                    tx.organizations().findBySlug(org).orElseThrow().id(),
                    OrgRole.RELEASER));
    Person researcher = person("ada");
    Person stewardPerson = person("sam", GlobalRole.STEWARD);
    String model = "tiny";
    String path = "/api/v1/orgs/" + org + "/models/" + model + "/releases/1.0.0";
    String releasePage = Links.release(org, model, "1.0.0");

    // The releaser's pipeline uploads the signed dossier and runs the check.
    ApiClient pipeline = releaser.api();
    assertThat(pipeline.put("/api/v1/orgs/" + org + "/models/" + model, "{}").status())
        .isEqualTo(201);
    assertThat(pipeline.put(path, "{}").status()).isEqualTo(201);
    SignedModel signed =
        SignedModel.ofExample("tiny-classifier", signingFolder)
            .registered(member(org, OrgRole.ADMIN, "key-admin"), org, "release");
    signed.upload(pipeline, path);
    ApiResponse checked = pipeline.post(path + "/check", "");
    assertThat(checked.status()).as(checked.toString()).isEqualTo(200);

    // The releaser reads the check results and submits.
    browserOf(releaser);
    open(releasePage);
    assertThat(page.locator("#tier")).containsText("Tier 1");
    assertThat(page.locator("#requirements")).containsText("No blocking requirement failed.");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage this release"))
        .click();
    clickAndReload(button("Submit"));
    assertThat(state(path)).isEqualTo("submitted");

    // A researcher applies to be an evaluator.
    browserOf(researcher);
    open("/review");
    page.getByLabel("Affiliation").fill("Example University");
    page.getByLabel("Areas of expertise").fill("privacy, bias");
    page.getByLabel("Statement of purpose").fill("I probe models for privacy leaks.");
    clickAndReload(button("Send application"));
    assertThat(page.locator("main")).containsText("pending");

    // The steward vets the researcher and opens the review.
    browserOf(stewardPerson);
    open("/steward/vetting");
    Locator application =
        page.locator(".queue-card")
            .filter(new Locator.FilterOptions().setHasText(researcher.handle()));
    application.getByLabel("Reason (optional)").fill("Publications checked");
    clickAndReload(
        application.getByRole(
            AriaRole.BUTTON,
            new Locator.GetByRoleOptions().setName("Approve " + researcher.handle())));
    open("/steward/releases?state=submitted");
    Locator queued =
        page.locator(".queue-card").filter(new Locator.FilterOptions().setHasText(org + "/"));
    clickAndReload(
        queued.getByRole(
            AriaRole.BUTTON,
            new Locator.GetByRoleOptions().setName("Start review and open the window")));
    assertThat(state(path)).isEqualTo("in_review");

    // The releaser grants the vetted evaluator access.
    browserOf(releaser);
    open(releasePage + "/manage#access");
    page.getByLabel("Evaluator's handle").fill(researcher.handle());
    page.getByLabel("Days of access", new Page.GetByLabelOptions().setExact(true)).fill("30");
    button("Grant access").click();
    assertThat(
            page.locator(".grant-item")
                .filter(new Locator.FilterOptions().setHasText(researcher.handle()))
                .locator(".badge"))
        .hasText("Active");

    // The evaluator reads the material and files a finding.
    browserOf(researcher);
    open("/review");
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Open the material of " + org + "/" + model))
        .click();
    assertThat(page.locator("main")).containsText("Check report");
    page.getByLabel("Title").fill(FINDING);
    page.getByLabel("Category").selectOption("privacy");
    page.getByLabel("High").check();
    page.getByLabel("Summary").fill("Completions reveal staff addresses.");
    page.getByLabel("Reproduction steps").fill("Ask for the CEO's e-mail.");
    clickAndReload(button("File the finding"));
    assertThat(page.locator("article.finding")).containsText(FINDING);

    // The releaser answers the finding.
    browserOf(releaser);
    open(releasePage + "/manage");
    Locator disputed =
        page.locator("details.response-form")
            .filter(new Locator.FilterOptions().setHasText("Disputed"));
    disputed.locator("summary").click();
    disputed.getByLabel("Rationale").fill(RATIONALE);
    clickAndReload(
        disputed.getByRole(
            AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Respond: Disputed")));
    assertThat(page.locator(".finding-state").first()).hasText("Answered");

    // The steward approves.
    browserOf(stewardPerson);
    open("/steward/releases?state=in_review");
    clickAndReload(
        page.locator(".queue-card")
            .filter(new Locator.FilterOptions().setHasText(org + "/"))
            .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve release")));
    assertThat(state(path)).isEqualTo("approved");

    // The releaser releases.
    browserOf(releaser);
    open(releasePage + "/manage");
    clickAndReload(button("Release"));
    assertThat(state(path)).isEqualTo("released");

    // The public finds the model and reads the finding with its response.
    switchBrowser();
    open("/?q=" + org);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile(org)))
        .first()
        .click();
    page.waitForURL("**" + releasePage);
    assertThat(page.locator("#findings")).containsText(FINDING);
    assertThat(page.locator("#findings")).containsText(RATIONALE);
    assertThat(page.locator("#log")).containsText("release.release");
    assertThat(page.locator("#log")).containsText("finding.file");
    assertAccessible();
    screenshot("journey-public-release");
  }
}
