package dev.clearance.server.web.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.clearance.release.ReleaseState;
import dev.clearance.server.catalog.Catalogs;
import dev.clearance.server.testing.BrowserTestBase;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import dev.clearance.store.release.ReleaseFacets;
import dev.clearance.store.release.StoredCheckReport;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The public catalog home in Chromium: visibility (ReleaseVisibility), filters, htmx paging and
 * reading without JavaScript. Releases are put in their states directly in the store; the API tests
 * cover how they get there.
 */
class CatalogPageTest extends BrowserTestBase {

  /** A release of {@code model} (made if new) of {@code org} in {@code state} with {@code tier}. */
  private void release(String org, String model, String version, ReleaseState state, Integer tier) {
    release(org, model, version, state, tier, null, List.of());
  }

  /**
   * A release as {@link #release(String, String, String, ReleaseState, Integer)} whose latest check
   * found the card's {@code license} and the {@code modalities} of its pipeline tag.
   */
  private void release(
      String org,
      String model,
      String version,
      ReleaseState state,
      Integer tier,
      String license,
      List<String> modalities) {
    run(
        tx -> {
          Organization owner = tx.organizations().findBySlug(org).orElseThrow();
          Model found =
              tx.models()
                  .findByName(owner.id(), model)
                  .orElseGet(() -> tx.models().create(owner.id(), model, model));
          Release created = tx.releases().create(found.id(), version);
          tx.releases().update(created.withState(state).withTier(tier));
          if (license != null || !modalities.isEmpty()) {
            StoredCheckReport report =
                tx.checkReports().add(created.id(), "rrf-2025", "1.0.0", true, "{}");
            Catalogs.facets(tx)
                .put(new ReleaseFacets(created.id(), report.id(), license, null, modalities));
          }
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
    assertThat(page).hasURL(Pattern.compile(".*state=deprecated.*"));
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

  /** An organization with text, image and text-and-image releases under two licenses. */
  private String licensedReleases() {
    String org = organization("licensed");
    release(org, "reader", "1.0", ReleaseState.RELEASED, 1, "apache-2.0", List.of("text"));
    release(org, "painter", "1.0", ReleaseState.RELEASED, 2, "mit", List.of("image"));
    release(
        org, "captioner", "1.0", ReleaseState.RELEASED, 2, "apache-2.0", List.of("image", "text"));
    return org;
  }

  @Test
  void home_licenseAndModalityChosenInThePage_narrowTheListAndPushTheUrl() {
    String org = licensedReleases();
    open("/?org=" + org);
    assertThat(items()).hasCount(3);

    page.getByLabel("License").selectOption("apache-2.0");

    assertThat(items()).hasCount(2);
    assertThat(page).hasURL(Pattern.compile(".*license=apache-2.0.*"));
    assertThat(page.locator("#results")).not().containsText(org + "/painter");
    page.getByLabel("Modality").selectOption("multimodal");
    assertThat(items()).hasCount(1);
    assertThat(items().first()).containsText(org + "/captioner");
    assertThat(items().first()).containsText("License: apache-2.0");
    assertThat(items().first()).containsText("Modality: image, text");
    page.getByLabel("License").selectOption("");
    page.getByLabel("Modality").selectOption("image");
    assertThat(items()).hasCount(2);
    assertThat(page.locator("#results")).not().containsText(org + "/reader");
  }

  @Test
  void home_licenseAndModalityWithoutJavaScript_submitTheFormAndKeepTheChoice() {
    String org = licensedReleases();
    BrowserContext plain = newContext(false);
    Page noScript = plain.newPage();
    noScript.navigate("/?org=" + org);
    assertThat(noScript.locator(".release-item")).hasCount(3);

    noScript.getByLabel("License").selectOption("mit");
    noScript.getByLabel("Modality").selectOption("image");
    noScript.waitForNavigation(
        () ->
            noScript
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                .click());

    assertThat(noScript).hasURL(Pattern.compile(".*license=mit&modality=image.*"));
    assertThat(noScript.locator(".release-item")).hasCount(1);
    assertThat(noScript.locator(".release-item").first()).containsText(org + "/painter");
    assertThat(noScript.getByLabel("License")).hasValue("mit");
    assertThat(noScript.getByLabel("Modality")).hasValue("image");
    plain.close();
  }

  @Test
  void home_unknownModality_isAnHtml400NamingTheAllowedValues() {
    Response answer = open("/?modality=smell");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(page.locator("main")).containsText("Modality 'smell' is not one of [text, image");
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
    assertThat(page.locator("main")).containsText("Tier '9' is not one of [1, 2, 3, 4].");
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
    assertThat(items().last()).containsText(org + "/model-2");
    assertThat(page).hasURL(Pattern.compile(".*after=.*"));
    assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);
    assertThat(page.locator("#results-heading")).isFocused();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page →")).click();
    assertThat(items()).hasCount(1);
    assertThat(items().first()).containsText(org + "/model-1");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← First page")).click();
    assertThat(items().first()).containsText(org + "/model-5");
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
    assertThat(noScript.locator(".release-item").first()).containsText(org + "/model-1");
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
