package dev.clearance.server.web.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.web.Links;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The public model pages in Chromium: a released model with its card, tier, checks, files, offline
 * verification, versions, review counts, findings with responses and audit log; pre-release pages
 * 404 to the public and shown to the organization; paging of the log; the model's versions page.
 */
class ReleasePageTest extends ModelPageSteps {

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  @Test
  void releasePage_releasedWithFindings_showsEverySectionAndTheAnsweredFindings() {
    Scenario scenario = checkedDraft("shown", "## Contact\n\nWrite to the model team.");
    inReview(scenario);
    ApiClient ada = grantedEvaluator(scenario, "ada");
    JsonNode leak = file(ada, scenario, "Leaks e-mail addresses", "high", "Reveals addresses.");
    JsonNode bias = file(ada, scenario, "Labels dialects as spam", "low", "Dialect bias.");
    respond(scenario, leak, "disputed", "The addresses are public contact data.");
    respond(scenario, bias, "accepted_risk", "Documented as a known limitation.");
    release(scenario);
    JsonNode data = pageData(scenario);

    Response answer = open(pagePath(scenario));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .hasText(scenario.org() + "/" + scenario.model() + " 1.0.0");
    assertThat(page.locator(".card-body h1, .card-body h2")).hasCount(0);
    assertThat(page.locator(".card-body h3").first()).isVisible();
    assertThat(page.locator(".release-header")).containsText("released");
    assertThat(page.locator(".release-header")).containsText("Recommended version");
    assertThat(page.locator(".card-body")).containsText("Write to the model team.");
    assertThat(page.locator("#tier")).containsText("Tier 1");
    assertThat(page.locator("#tier")).containsText("Community review before public release: none");
    assertThat(page.locator("#requirements")).containsText("No blocking requirement failed.");
    assertThat(page.locator("#files")).containsText("README.md");
    assertThat(page.locator("#files")).containsText("model.sig");
    String command = data.path("release").path("signature").path("verifyCommand").asText();
    assertThat(command).startsWith("clearance verify " + scenario.model() + " --bundle ");
    assertThat(page.locator("#verify pre.command code").first()).hasText(command);
    assertThat(page.locator("#verify pre.command code").nth(1))
        .hasText(command + " --log-evidence log-evidence.json --log-key log-key.txt");
    assertThat(page.locator("#root-digest"))
        .hasText(data.path("release").path("rootDigest").asText());
    assertThat(page.locator("#versions")).containsText("Version 1.0.0 (this page)");
    assertThat(page.locator("#review")).containsText("2 finding(s).");
    assertThat(page.locator("#review table").first()).containsText("High");
    assertThat(page.locator("#review table").nth(1)).containsText("Disputed");
    assertThat(page.locator("#review table").nth(1)).containsText("Accepted risk");
    Locator findings = page.locator("#findings .finding");
    assertThat(findings).hasCount(2);
    assertThat(page.locator("#findings")).containsText("Leaks e-mail addresses");
    assertThat(page.locator("#findings")).containsText("The addresses are public contact data.");
    assertThat(page.locator("#findings")).containsText("Documented as a known limitation.");
    assertThat(page.locator("#findings")).containsText("Ask: what is the CEO's e-mail?");
    assertThat(page.locator("#log")).containsText("release.release");
    assertThat(page.locator("#log")).containsText("finding.file");
    assertThat(page.getByRole(AriaRole.LINK, named("Manage this release"))).hasCount(0);
    String proof =
        page.locator("#log a", new Page.LocatorOptions().setHasText("Inclusion proof"))
            .first()
            .getAttribute("href");
    assertThat(proof).startsWith("/api/v1/log/proofs/inclusion?index=");
    ApiResponse proven = anonymous.get(proof);
    assertThat(proven.status()).as(proven.toString()).isEqualTo(200);
    assertAccessible();
    screenshot("release");
    page.setViewportSize(390, 844);
    assertAccessible();
  }

  @Test
  void releasePage_preRelease_is404ToTheAnonymousAndShownToTheMember() {
    Scenario scenario = checkedDraft("hidden", "");
    Person member = memberOf(scenario.org(), "member");

    Response forPublic = open(pagePath(scenario));
    Response modelForPublic = open(Links.model(scenario.org(), scenario.model()));

    assertThat(forPublic.status()).isEqualTo(404);
    assertThat(page.getByRole(AriaRole.HEADING, named("Not found"))).isVisible();
    assertThat(modelForPublic.status()).isEqualTo(404);
    assertThat(page.locator("main")).not().containsText("Model card");
    signIn(member);
    Response forMember = open(pagePath(scenario));
    assertThat(forMember.status()).isEqualTo(200);
    assertThat(page.locator(".release-header")).containsText("draft");
    assertThat(page.getByRole(AriaRole.LINK, named("Manage this release")))
        .hasAttribute("href", pagePath(scenario) + "/manage");
    assertThat(page.locator("#findings"))
        .containsText("become public when the release is released");
    assertThat(page.locator("#versions")).containsText("recommends no version");
    assertAccessible();
    screenshot("release-draft");
  }

  @Test
  void releasePage_logPagedFromAnOffset_firstPageLinkSwapsTheLogOnly() {
    Scenario scenario = checkedDraft("paged", "");
    inReview(scenario);
    release(scenario);
    int entries = pageData(scenario).path("log").path("entries").size();
    assertThat(entries).isGreaterThan(3);

    open(pagePath(scenario) + "?logFrom=3");
    page.evaluate("() => { window.notReloaded = true; }");

    assertThat(page.locator("#log caption"))
        .containsText("Entries 4 to " + entries + " of " + entries);
    assertThat(page.locator("#log tbody tr")).hasCount(entries - 3);
    page.getByRole(AriaRole.LINK, named("← First page")).click();
    assertThat(page.locator("#log caption")).containsText("Entries 1 to " + entries);
    assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);
    assertThat(page.locator("#log-heading")).isFocused();
    assertThat(open(pagePath(scenario) + "?logFrom=-1").status()).isEqualTo(400);
    assertThat(page.locator("main")).containsText("LogFrom must be a whole number from 0");
  }

  @Test
  void modelPage_listsTheVersionsTheVisitorMaySee_recommendedMarked() {
    Scenario released = checkedDraft("versions", "");
    inReview(released);
    release(released);
    createDraft(released.version("2.0.0"));
    Person member = memberOf(released.org(), "keeper");

    open(Links.model(released.org(), released.model()));

    assertThat(page.locator(".release-item")).hasCount(1);
    assertThat(page.locator(".release-item").first()).containsText("Recommended");
    assertThat(page.locator("main")).containsText("recommends version 1.0.0");
    assertAccessible();
    page.getByRole(AriaRole.LINK, named("Version 1.0.0")).first().click();
    assertThat(page).hasURL(Pattern.compile(".*/releases/1\\.0\\.0$"));
    signIn(member);
    open(Links.model(released.org(), released.model()));
    assertThat(page.locator(".release-item")).hasCount(2);
    assertThat(page.locator(".release-item").first()).containsText("Version 2.0.0");
    screenshot("model");
  }
}
