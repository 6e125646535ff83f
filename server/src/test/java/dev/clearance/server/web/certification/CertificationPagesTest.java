package dev.clearance.server.web.certification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.clearance.server.testing.BrowserTestBase;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import org.junit.jupiter.api.Test;

/**
 * Certification through the pages, in Chromium (ACC-2): an organization's admin asks for it, a
 * steward certifies it from the public list, everyone sees it, a revocation shows its reason, and
 * the admin withdraws a new request.
 */
class CertificationPagesTest extends BrowserTestBase {

  private Person admin(String org) {
    Person admin = person("admin");
    run(
        tx ->
            tx.memberships()
                .add(
                    tx.users().findByHandle(admin.handle()).orElseThrow().id(),
                    tx.organizations().findBySlug(org).orElseThrow().id(),
                    OrgRole.ADMIN));
    return admin;
  }

  private Locator card(Page on, String text) {
    return on.locator(".queue-card").filter(new Locator.FilterOptions().setHasText(text));
  }

  private void submitAndWait(Locator scope, String button) {
    page.waitForLoadState();
    page.waitForNavigation(
        () ->
            scope
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button))
                .click());
  }

  private JsonNode certificationOf(String org) {
    return steward.get("/api/v1/orgs/" + org + "/certifications").json().path("items").path(0);
  }

  @Test
  void certification_askedCertifiedRevoked_everyStepVisibleWhereItShouldBe() {
    String org = organization("certified");
    Person ada = admin(org);
    signIn(ada);
    open("/orgs/" + org);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Certification")).click();
    page.getByLabel("Statement").fill("Every release since January follows the framework.");
    submitAndWait(page.locator(".certification-request"), "Ask for certification");
    assertThat(card(page, "requested")).containsText("Every release since January");
    assertThat(card(page, "requested").locator(".evidence"))
        .containsText("0 of 0 releases checked under this version");
    assertThat(page.locator(".certification-request")).hasCount(0);
    assertAccessible();
    screenshot("certification-org");

    BrowserContext stewardBrowser = newContext(true);
    Page stewardPage = stewardBrowser.newPage();
    Person sam = person("sam", GlobalRole.STEWARD);
    stewardPage.navigate("/login");
    stewardPage.getByLabel("Handle").fill(sam.handle());
    stewardPage.getByLabel("Password").fill(sam.password());
    stewardPage.waitForNavigation(
        () ->
            stewardPage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click());
    stewardPage.navigate("/steward");
    assertThat(
            stewardPage
                .locator(".queue-item")
                .filter(new Locator.FilterOptions().setHasText("Certification requests")))
        .isVisible();
    stewardPage.navigate("/certifications?status=requested");
    Locator request = card(stewardPage, org);
    request.getByLabel("Valid for (days)").fill("30");
    stewardPage.waitForNavigation(
        () ->
            request
                .getByRole(
                    AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Certify " + org))
                .click());
    JsonNode certified = certificationOf(org);

    BrowserContext publicBrowser = newContext(false);
    Page reader = publicBrowser.newPage();
    Response list = reader.navigate("/certifications?status=certified");
    String publicText = card(reader, org).innerText();

    stewardPage.navigate("/certifications?status=certified");
    Locator holding = card(stewardPage, org);
    holding.getByLabel("Reason").fill("Released a Tier 3 model without its review window.");
    stewardPage.waitForNavigation(
        () ->
            holding
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke " + org))
                .click());
    reader.navigate("/certifications?status=revoked");
    String revokedText = card(reader, org).innerText();
    stewardBrowser.close();
    publicBrowser.close();

    assertThat(certified.path("status").asText()).isEqualTo("certified");
    assertThat(certified.path("validUntil").asText())
        .isEqualTo(clock.instant().plus(java.time.Duration.ofDays(30)).toString());
    assertThat(list.status()).isEqualTo(200);
    assertThat(publicText).contains("certified").contains("Valid until");
    assertThat(revokedText)
        .contains("revoked")
        .contains("Released a Tier 3 model without its review window.");
  }

  @Test
  void orgPage_withdrawARequest_andThePublicNeverSawIt() {
    String org = organization("withdrawn");
    Person bo = admin(org);
    signIn(bo);
    open("/orgs/" + org + "/certification");
    page.getByLabel("Statement").fill("We follow it.");
    submitAndWait(page.locator(".certification-request"), "Ask for certification");

    Locator request = card(page, "requested");
    request.getByLabel("Reason").fill("Asked too early.");
    submitAndWait(request, "Withdraw");

    assertThat(card(page, "withdrawn")).containsText("Asked too early.");
    assertThat(page.locator(".certification-request")).hasCount(1);
    assertThat(anonymous.get("/api/v1/orgs/" + org + "/certifications").json().path("items"))
        .isEmpty();
    assertAccessible();
  }
}
