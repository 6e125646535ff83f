package dev.clearance.server.web.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.clearance.artifacts.signing.AuditResult;
import dev.clearance.artifacts.signing.KeyFiles;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.Audits;
import dev.clearance.server.testing.BrowserTestBase;
import dev.clearance.server.testing.ReleaseInReview;
import dev.clearance.server.testing.SignedModel;
import dev.clearance.store.identity.GlobalRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditor's page in Chromium (issue 7 item 4; REV-6): an approved auditor registers a key,
 * accepts an engagement, declares a conflict, uploads the report and an attestation and sees what
 * the registry verified; an attestation for another root digest shows the API's 422 in the form.
 */
class AuditPagesTest extends BrowserTestBase {

  private static final byte[] REPORT = "%PDF-1.7 audit report".getBytes(StandardCharsets.UTF_8);

  /** Script and an event handler, as an organization might type them into a scope. */
  private static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>";

  @TempDir Path signingFolder;

  /** An approved firm with {@code auditor} as its approved auditor; returns the firm's slug. */
  private String approvedFirmOf(Person auditor) {
    String firm = Audits.approvedFirm(steward, unique("firm"));
    Audits.approvedAuditor(steward, firm, auditor.api());
    return firm;
  }

  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  private void clickAndReload(String name) {
    page.waitForNavigation(() -> button(name).click());
  }

  private static FilePayload file(String name, byte[] bytes) {
    return new FilePayload(name, "application/octet-stream", bytes);
  }

  @Test
  void auditor_acceptsDeclaresUploadsAndSeesTheVerification_wrongDigestShowsTheError() {
    String org = organization("acme");
    ReleaseInReview release = releaseInReview(org, signingFolder);
    String rival = organization("rival");
    Person audra = person("audra", GlobalRole.AUDITOR);
    String firm = approvedFirmOf(audra);
    ApiResponse engaged =
        release
            .releaser()
            .post(
                release.path() + "/engagements",
                "{\"auditor\": \""
                    + audra.api().name()
                    + "\", \"scope\": \"safety "
                    + HOSTILE
                    + "\"}");
    assertThat(engaged.status()).as(engaged.toString()).isEqualTo(201);
    String label = org + "/" + release.model() + " 1.0.0";
    signIn(audra);

    open("/audits");
    assertThat(page.locator("#engagements")).containsText("requested");
    assertThat(page.locator("#engagements")).containsText("safety <script>");
    assertAccessible();
    screenshot("audits-requested");

    KeyPair keys = SignedModel.newKeys();
    page.getByText("Register a key").click();
    page.getByLabel("Key name").fill("audit-2026");
    page.getByLabel("Public key (PEM)").fill(KeyFiles.publicPem(keys.getPublic()));
    clickAndReload("Register the key");
    assertThat(page.locator("#keys")).containsText("audit-2026");
    assertThat(page.locator("#keys")).containsText("active");

    clickAndReload("Accept the engagement for " + label);
    assertThat(page.locator("#engagements")).containsText("accepted");

    page.getByText("Declare a conflict").click();
    page.getByLabel("Organization", new Page.GetByLabelOptions().setExact(true)).fill(rival);
    page.getByLabel("Kind").selectOption("funding");
    page.getByLabel("Note (optional)").fill("research grant " + HOSTILE);
    clickAndReload("Declare the conflict");
    assertThat(page.locator("#conflicts")).containsText("funding with " + rival);
    assertThat(page.locator("#conflicts")).containsText("research grant <script>");

    page.getByLabel("Audit report for " + label).setInputFiles(file("report.pdf", REPORT));
    clickAndReload("Upload the report");
    assertThat(page.locator("#engagements")).containsText("report.pdf");

    String otherDigest = Audits.sha256("another model".getBytes(StandardCharsets.UTF_8));
    Locator attestation = page.getByLabel("Signed attestation for " + label);
    attestation.setInputFiles(
        file(
            "audit.sig",
            Audits.attestation(
                keys, otherDigest, firm, audra.api().name(), REPORT, AuditResult.PASS)));
    button("Upload and verify the attestation").click();
    Locator refused = page.locator("form.upload-form [role=alert]").last();
    assertThat(refused).isVisible();
    assertThat(refused).containsText(otherDigest);
    assertThat(refused).containsText(release.signed().rootDigest());
    assertAccessible();
    screenshot("audits-attestation-refused");

    attestation.setInputFiles(
        file(
            "audit.sig",
            Audits.attestation(
                keys,
                release.signed().rootDigest(),
                firm,
                audra.api().name(),
                REPORT,
                AuditResult.PASS_WITH_CONDITIONS)));
    button("Upload and verify the attestation").click();
    Locator verified = page.locator(".attestation-result");
    assertThat(verified).isVisible();
    assertThat(verified).containsText("pass_with_conditions");
    assertThat(verified).containsText(release.signed().rootDigest());
    assertThat(verified).containsText("audit-2026");
    assertThat(refused).isHidden();
    screenshot("audits-attestation-verified");

    open("/audits");
    assertThat(page.locator(".attestation")).containsText("pass with conditions");
    assertThat(page.locator(".attestation")).containsText("current root digest");
    JsonNode mine = audra.api().get("/api/v1/me/engagements").json().path("items").get(0);
    assertThat(mine.path("attestations")).hasSize(1);
    assertAccessible();
    screenshot("audits");
  }

  @Test
  void auditor_declinesWithAReason_withdrawsAConflict_andRevokesAKey() {
    String org = organization("acme");
    ReleaseInReview release = releaseInReview(org, signingFolder);
    Person ben = person("ben", GlobalRole.AUDITOR);
    approvedFirmOf(ben);
    Audits.registeredKey(ben.api(), "old-key");
    String rival = organization("rival");
    ApiResponse declared =
        ben.api()
            .post(
                "/api/v1/me/conflicts",
                "{\"organization\": \"" + rival + "\", \"kind\": \"ownership\"}");
    assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
    assertThat(
            release
                .releaser()
                .post(
                    release.path() + "/engagements",
                    "{\"auditor\": \"" + ben.api().name() + "\", \"scope\": \"bias\"}")
                .status())
        .isEqualTo(201);
    String label = org + "/" + release.model() + " 1.0.0";
    signIn(ben);
    open("/audits");

    page.getByText("Decline the engagement for " + label).click();
    page.getByLabel("Reason (optional)").fill("no capacity before March");
    clickAndReload("Decline");
    clickAndReload("Withdraw the ownership declaration for " + rival);
    clickAndReload("Revoke key old-key");

    assertThat(page.locator("#engagements")).containsText("declined");
    assertThat(page.locator("#engagements")).containsText("no capacity before March");
    assertThat(page.locator("#conflicts")).containsText("withdrawn");
    assertThat(page.locator("#keys")).containsText("revoked");
    assertThat(button("Revoke key old-key")).hasCount(0);
    assertAccessible();
  }

  @Test
  void auditor_withdrawsFromAnAcceptedEngagementWithAReason() {
    String org = organization("acme");
    ReleaseInReview release = releaseInReview(org, signingFolder);
    Person cleo = person("cleo", GlobalRole.AUDITOR);
    approvedFirmOf(cleo);
    String id =
        release
            .releaser()
            .post(
                release.path() + "/engagements",
                "{\"auditor\": \"" + cleo.api().name() + "\", \"scope\": \"safety\"}")
            .json()
            .path("id")
            .asText();
    assertThat(cleo.api().post("/api/v1/me/engagements/" + id + "/accept", "").status())
        .isEqualTo(200);
    String label = org + "/" + release.model() + " 1.0.0";
    signIn(cleo);
    open("/audits");

    page.getByText("Withdraw from the engagement for " + label).click();
    page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true))
        .fill("a conflict came to light");
    clickAndReload("Withdraw");

    assertThat(page.locator("#engagements")).containsText("withdrawn");
    assertThat(page.locator("#engagements")).containsText("a conflict came to light");
    assertThat(button("Withdraw")).hasCount(0);
    assertThat(cleo.api().get(release.path()).status()).isEqualTo(404);
    assertAccessible();
  }

  @Test
  void audits_auditorWithoutAFirm_isToldWhatIsMissing() {
    Person solo = person("solo", GlobalRole.AUDITOR);
    signIn(solo);

    open("/audits");

    assertThat(page.locator("main")).containsText("no audit firm has approved you");
    assertThat(page.getByText("No engagements")).isVisible();
    assertThat(page.locator("form.conflict-form")).hasCount(0);
    assertAccessible();
    screenshot("audits-no-firm");
  }
}
