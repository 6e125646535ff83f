package dev.clearance.server.web.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.clearance.release.ReleaseState;
import dev.clearance.server.testing.BrowserTestBase;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import org.junit.jupiter.api.Test;

/**
 * The public catalog home in Chromium: visibility (ReleaseVisibility), filters, htmx paging and
 * reading without JavaScript. Releases are put in their states directly in the store; the API tests
 * cover how they get there.
 */
class CatalogPageTest extends BrowserTestBase {

  /** A release of {@code model} (made if new) of {@code org} in {@code state} with {@code tier}. */
  private void release(String org, String model, String version, ReleaseState state, Integer tier) {
    run(
        tx -> {
          Organization owner = tx.organizations().findBySlug(org).orElseThrow();
          Model found =
              tx.models()
                  .findByName(owner.id(), model)
                  .orElseGet(() -> tx.models().create(owner.id(), model, model));
          Release created = tx.releases().create(found.id(), version);
          tx.releases().update(created.withState(state).withTier(tier));
        });
  }

  /** An organization with a released, a deprecated and a draft release. */
  private String threeReleases() {
    String org = organization("acme");
    release(org, "alpha", "1.0", ReleaseState.RELEASED, 2);
    release(org, "beta", "0.1", ReleaseState.DRAFT, null);
    release(org, "gamma", "2.0", ReleaseState.DEPRECATED, 3);
    return org;
  }

  private Locator items() {
    return page.locator(".release-item");
  }

  @Test
  void home_anonymous_seesPublicReleasesOnly() {
    String org = threeReleases();

    Response answer = open("/?org=" + org);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(items()).hasCount(2);
    assertThat(page.locator("#results")).containsText(org + "/alpha");
    assertThat(page.locator("#results")).containsText(org + "/gamma");
    assertThat(page.locator("#results")).not().containsText("beta");
    assertThat(page.locator(".release-item").first().locator("time"))
        .hasAttribute("datetime", clock.instant().toString());
    assertThat(page.locator(".release-item").first()).containsText("2026-11-20 10:00 UTC");
  }

  @Test
  void home_memberSignedIn_seesTheDraftToo() {
    String org = threeReleases();
    Person member = person("member");
    run(
        tx ->
            tx.memberships()
                .add(
                    tx.users().findByHandle(member.handle()).orElseThrow().id(),
                    tx.organizations().findBySlug(org).orElseThrow().id(),
                    OrgRole.RELEASER));
    signIn(member);

    open("/?org=" + org);

    assertThat(items()).hasCount(3);
    assertThat(page.locator("#results")).containsText(org + "/beta");
    assertThat(
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My organization")))
        .hasAttribute("href", "/orgs/" + org);
  }

  @Test
  void home_filtersChosenInThePage_narrowTheListAndPushTheUrl() {
    String org = threeReleases();
    open("/?org=" + org);

    page.getByLabel("State").selectOption("deprecated");

    assertThat(items()).hasCount(1);
    assertThat(items().first()).containsText(org + "/gamma");
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*state=deprecated.*"));
    page.getByLabel("State").selectOption("");
    page.getByLabel("Tier").selectOption("2");
    assertThat(items()).hasCount(1);
    assertThat(items().first()).containsText(org + "/alpha");
    page.getByLabel("Tier").selectOption("");
    page.getByRole(AriaRole.SEARCHBOX).fill("gam");
    page.getByRole(AriaRole.SEARCHBOX).press("Enter");
    assertThat(items()).hasCount(1);
    assertThat(items().first()).containsText("gamma");
  }

  @Test
  void home_nothingMatches_showsTheEmptyStateWithAWayBack() {
    String org = threeReleases();

    open("/?org=" + org + "&q=no-such-model");

    assertThat(page.getByText("No releases match")).isVisible();
    assertThat(
            page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Clear the search and filters")))
        .hasAttribute("href", "/");
  }

  @Test
  void home_invalidFilter_isAnHtml400NamingIt() {
    Response answer = open("/?tier=9");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.headerValue("content-type")).startsWith("text/html");
    assertThat(page.locator("main")).containsText("Tier must be 1, 2, 3 or 4.");
  }

  @Test
  void home_nextPage_htmxSwapsTheListWithoutReloading() {
    String org = organization("paged");
    for (int index = 1; index <= 5; index++) {
      release(org, "model-" + index, "1.0", ReleaseState.RELEASED, 1);
    }
    open("/?org=" + org + "&limit=2");
    page.evaluate("() => { window.notReloaded = true; }");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page →")).click();

    assertThat(items().first()).containsText(org + "/model-3");
    assertThat(items()).hasCount(2);
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*after=.*"));
    assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);
    assertThat(page.locator("#results-heading")).isFocused();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page →")).click();
    assertThat(items()).hasCount(1);
    assertThat(items().first()).containsText(org + "/model-5");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← First page")).click();
    assertThat(items().first()).containsText(org + "/model-1");
  }

  @Test
  void home_withoutJavaScript_readsAndPages() {
    String org = organization("plain");
    for (int index = 1; index <= 3; index++) {
      release(org, "model-" + index, "1.0", ReleaseState.RELEASED, 1);
    }
    BrowserContext plain = newContext(false);
    Page noScript = plain.newPage();

    noScript.navigate("/?org=" + org + "&limit=2");
    Locator first = noScript.locator(".release-item");
    assertThat(first).hasCount(2);
    noScript.waitForNavigation(
        () ->
            noScript
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page →"))
                .click());

    assertThat(noScript.locator(".release-item")).hasCount(1);
    assertThat(noScript.locator(".release-item").first()).containsText(org + "/model-3");
    plain.close();
  }

  @Test
  void home_accessibleAtBothWidths() {
    String org = threeReleases();
    release(org, "delta", "1.2.0", ReleaseState.RETRACTED, 1);
    open("/?org=" + org);
    assertAccessible();
    screenshot("catalog");
    open("/?org=" + org + "&q=nothing-like-this");
    assertAccessible();
    screenshot("catalog-empty");
  }
}
