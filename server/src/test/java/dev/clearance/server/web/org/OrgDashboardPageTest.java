package dev.clearance.server.web.org;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.clearance.release.ReleaseState;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The organization dashboard and the list of a person's organizations in Chromium: releases by
 * state with what blocks each one (the texts of the API's refusals), findings awaiting a response
 * and access requests with links to where they are decided, one state paged, and no access for
 * people outside the organization.
 */
class OrgDashboardPageTest extends OrgPageTestBase {

  private Locator releaseItem(String model) {
    return page.locator(".release-item").filter(new Locator.FilterOptions().setHasText(model));
  }

  @Test
  void dashboard_blockedReleases_showTheirReasonsFindingsAndRequests() {
    Org org = org("acme");
    draft(org, "sketch");
    String coder = inReview(org, "coder", "coder-7b");
    ApiClient evaluator = grantedEvaluator(org, coder, "eve");
    JsonNode finding = file(evaluator, coder, "Leaks e-mail <b>addresses</b>", "high");
    ApiClient asker = user("asker", GlobalRole.EVALUATOR);
    ApiResponse asked =
        asker.post(coder + "/access-requests", "{\"purpose\": \"bias probes\", \"days\": 14}");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    signIn(org.releaser());

    Response answer = open("/orgs/" + org.slug());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .hasText("acme Inc.");
    Locator draft = releaseItem("sketch");
    assertThat(draft).containsText("Submit");
    assertThat(draft).containsText("no check report");
    Locator inReview = releaseItem("coder");
    assertThat(inReview.locator(".badge.state")).hasText("in review");
    assertThat(inReview).containsText("Approve may be taken only by a steward.");
    assertThat(inReview).containsText("30 days for Tier 3");
    assertThat(inReview).containsText("30 days left");
    assertThat(inReview).containsText("1 waiting for your response");
    assertThat(inReview).containsText("Audit attestation: missing");
    assertThat(inReview).containsText("no auditor has been engaged for this release");
    assertThat(
            inReview.getByRole(
                AriaRole.LINK, new Locator.GetByRoleOptions().setName("Public page")))
        .hasAttribute("href", "/orgs/" + org.slug() + "/models/coder/releases/1.0.0");
    Locator awaiting = page.locator("#awaiting");
    assertThat(awaiting).containsText("Leaks e-mail <b>addresses</b>");
    assertThat(awaiting.locator("b")).hasCount(0);
    assertThat(awaiting.getByRole(AriaRole.LINK).first())
        .hasAttribute(
            "href", org.manage("coder", "1.0.0") + "#finding-" + finding.path("id").asText());
    Locator requests = page.locator("#requests");
    assertThat(requests)
        .containsText(asker.name() + " asks for access to coder 1.0.0 for 14 days.");
    assertThat(requests).containsText("bias probes");
    assertAccessible();
    screenshot("org-dashboard");

    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("Decide on the access of " + asker.name() + " to coder 1.0.0"))
        .click();
    assertThat(page).hasURL(Pattern.compile(".*/manage#access$"));
  }

  @Test
  void dashboard_manyDrafts_pagesOneStateWithAndWithoutScript() {
    Org org = org("busy");
    run(
        tx -> {
          String orgId = tx.organizations().findBySlug(org.slug()).orElseThrow().id();
          Model model = tx.models().create(orgId, "many", "Many");
          for (int index = 1; index <= 12; index++) {
            Release release = tx.releases().create(model.id(), "0." + index);
            tx.releases().update(release.withState(ReleaseState.DRAFT));
          }
        });
    signIn(org.releaser());
    open("/orgs/" + org.slug());
    assertThat(page.locator(".release-item")).hasCount(DashboardPage.RELEASES_PER_STATE);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All 12 releases draft →"))
        .click();
    assertThat(page).hasURL(Pattern.compile(".*\\?state=draft$"));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page →")).click();

    assertThat(page.locator(".release-item")).hasCount(2);
    assertThat(page).hasURL(Pattern.compile(".*state=draft.*after=.*|.*after=.*state=draft.*"));
    assertThat(page.locator("#releases-heading")).isFocused();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← First page")).click();
    assertThat(page.locator(".release-item")).hasCount(DashboardPage.RELEASES_PER_STATE);
  }

  @Test
  void dashboard_outsidersAreRefused_invalidStateIsNamed() {
    Org org = org("private");
    draft(org, "secret-model");
    Person outsider = person("outsider");
    signIn(outsider);

    Response refused = open("/orgs/" + org.slug());

    assertThat(refused.status()).isEqualTo(403);
    assertThat(page.locator("main")).not().containsText("secret-model");
    Response unknown = open("/orgs/no-such-org-anywhere");
    assertThat(unknown.status()).isEqualTo(403);

    joins(outsider, org.slug(), OrgRole.RELEASER);
    signIn(outsider);
    Response badState = open("/orgs/" + org.slug() + "?state=nonsense");
    assertThat(badState.status()).isEqualTo(400);
    assertThat(page.locator("main")).containsText("State must be a release state");
  }

  @Test
  void organizations_memberOfTwo_listsBothWithRoles() {
    Org first = org("first");
    String second = organization("second");
    joins(first.releaser(), second, OrgRole.ADMIN);
    signIn(first.releaser());
    open("/");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My organizations")).click();

    assertThat(page).hasURL(Pattern.compile(".*/orgs$"));
    assertThat(page.locator("main li")).hasCount(2);
    assertThat(page.locator("main"))
        .containsText("first Inc. " + first.slug() + " · you are a releaser");
    assertThat(page.locator("main")).containsText("second Inc. " + second + " · you are an admin");
    assertAccessible();
    screenshot("org-list");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("second Inc.")).click();
    assertThat(page).hasURL(Pattern.compile(".*/orgs/" + second + "$"));
    assertThat(page.getByText("No releases yet")).isVisible();
    assertAccessible();
    screenshot("org-dashboard-empty");
  }
}
