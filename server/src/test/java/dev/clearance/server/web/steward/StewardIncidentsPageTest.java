package dev.clearance.server.web.steward;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.BrowserTestBase;
import dev.clearance.server.web.Links;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The stewards' incident page in Chromium (LIFE-2): every organization's incidents by status, with
 * "Needs attention" (escalated or past a deadline) first, reached from the start page's queue. The
 * incidents are reported and closed through the API; each test finds its own by their summaries,
 * since the registry and its incidents are shared by the tests of the class.
 */
class StewardIncidentsPageTest extends BrowserTestBase {

  private Released released;

  private java.net.URI releasedOn;

  /** One released Tier 1 model per registry; each test reports its own incidents on it. */
  private Scenario release() {
    if (released == null || !registry.baseUri().equals(releasedOn)) {
      released = releasedTier1("steward-incidents");
      releasedOn = registry.baseUri();
    }
    return released.scenario();
  }

  /** Reports a disputed output of {@code scenario} anonymously; returns the incident's id. */
  private String report(Scenario scenario, String severity, String summary) {
    ApiResponse reported =
        anonymous.post(
            scenario.path() + "/incidents",
            "{\"kind\": \"output-dispute\", \"severity\": \""
                + severity
                + "\", \"summary\": \""
                + summary
                + "\", \"details\": \"Asked about a drug interaction; it answered wrongly.\"}");
    assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
    return reported.json().path("incident").path("id").asText();
  }

  private Person signedInSteward() {
    Person steward = person("sam", GlobalRole.STEWARD);
    signIn(steward);
    return steward;
  }

  /** The item of the incident whose summary is {@code summary} on {@link #page}. */
  private Locator item(String summary) {
    return page.locator(".incident-item").filter(new Locator.FilterOptions().setHasText(summary));
  }

  /** Follows the link {@code name} in {@code scope}; returns the page it loads. */
  private Response follow(Locator scope, String name) {
    return page.waitForNavigation(
        () ->
            scope
                .getByRole(
                    AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true))
                .click());
  }

  /** Follows the tab {@code label} of the status tabs; returns the page it loads. */
  private Response tab(String label) {
    return follow(page.locator("nav.tabs"), label);
  }

  @Test
  void needsAttention_criticalListedLowNot_theItemLeadsToTheIncident() {
    Scenario scenario = release();
    String critical = "Tells how to overdose <safely>";
    String low = "Misspells a drug name";
    String criticalId = report(scenario, "critical", critical);
    report(scenario, "low", low);
    signedInSteward();

    open("/steward");
    Locator queue =
        page.locator(".queue-item")
            .filter(new Locator.FilterOptions().setHasText("Escalated incidents"));
    String queueHref =
        queue
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Escalated incidents"))
            .getAttribute("href");
    int queueLinks = queue.getByRole(AriaRole.LINK).count();
    Response listed = follow(queue, "Escalated incidents");
    String currentTab = page.locator("nav.tabs [aria-current=page]").innerText();
    String heading = page.locator("#results-heading").innerText();
    int criticalShown = item(critical).count();
    String criticalText = item(critical).innerText();
    int lowShown = item(low).count();
    screenshot("steward-incidents");
    assertAccessible();
    tab("Open");
    int criticalOpen = item(critical).count();
    String lowOpenText = item(low).innerText();
    tab("Needs attention");
    String href = item(critical).getByRole(AriaRole.LINK).getAttribute("href");
    Response opened = follow(item(critical), critical);

    assertThat(queueHref).isEqualTo("/steward/incidents");
    assertThat(queueLinks).isEqualTo(1);
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.url()).endsWith("/steward/incidents");
    assertThat(currentTab).isEqualTo("Needs attention");
    assertThat(heading).isEqualTo("Incidents that need attention");
    assertThat(criticalShown).isEqualTo(1);
    assertThat(criticalText)
        .contains(scenario.org() + "/" + scenario.model() + " " + scenario.version())
        .contains("Disputed output")
        .contains("Critical")
        .contains("Received, waiting for acknowledgement")
        .contains("acknowledge by")
        .contains("resolve by")
        .contains("escalated to the stewards")
        .doesNotContainIgnoringCase("overdue");
    assertThat(lowShown).isZero();
    assertThat(criticalOpen).isEqualTo(1);
    assertThat(lowOpenText)
        .contains(scenario.org() + "/" + scenario.model())
        .contains("Low")
        .doesNotContain("escalated");
    assertThat(href).isEqualTo(Links.incident(scenario.org(), criticalId));
    assertThat(opened.status()).isEqualTo(200);
    assertThat(page.locator(".incident-summary")).hasText(critical);
  }

  @Test
  void tabs_resolvedIncident_onlyUnderResolvedAndAll_openOneUnderOpenAndAll() {
    Scenario scenario = release();
    String closed = "Invents a citation";
    String open = "Repeats a rumour as fact";
    String id = report(scenario, "high", closed);
    report(scenario, "low", open);
    ApiResponse resolved =
        scenario
            .releaser()
            .post(
                "/api/v1/orgs/" + scenario.org() + "/incidents/" + id + "/resolve",
                "{\"resolution\": \"Fixed in 1.0.1.\"}");
    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    signedInSteward();
    open("/steward/incidents");

    Map<String, String> shown = new LinkedHashMap<>();
    Map<String, String> urls = new LinkedHashMap<>();
    shown.put("Needs attention", item(closed).count() + " " + item(open).count());
    for (String label : new String[] {"Open", "Overdue", "Resolved", "Rejected", "All"}) {
      Response answer = tab(label);
      assertThat(answer.status()).as(label).isEqualTo(200);
      shown.put(label, item(closed).count() + " " + item(open).count());
      urls.put(label, page.url());
    }
    tab("Resolved");
    String resolvedText = item(closed).innerText();

    assertThat(shown)
        .as("items of the resolved and the open incident under each tab")
        .isEqualTo(
            Map.of(
                "Needs attention", "0 0",
                "Open", "0 1",
                "Overdue", "0 0",
                "Resolved", "1 0",
                "Rejected", "0 0",
                "All", "1 1"));
    assertThat(urls.get("Open")).endsWith("/steward/incidents?status=open");
    assertThat(urls.get("Resolved")).endsWith("/steward/incidents?status=resolved");
    assertThat(urls.get("All")).endsWith("/steward/incidents?status=all");
    assertThat(resolvedText)
        .contains("Resolved")
        .contains("High")
        .doesNotContain("acknowledge by")
        .doesNotContain("resolve by");
  }

  @Test
  void needsAttention_mediumPastItsAcknowledgement_appearsMarkedOverdue() {
    Scenario scenario = release();
    String summary = "Gives a wrong dosage for children";
    report(scenario, "medium", summary);
    Person steward = signedInSteward();
    open("/steward/incidents");
    int before = item(summary).count();
    tab("Overdue");
    int overdueBefore = item(summary).count();

    clock.advance(Duration.ofHours(73));
    signIn(steward);
    open("/steward/incidents");
    int after = item(summary).count();
    String marked = item(summary).locator(".deadline .overdue").innerText();
    String badge = item(summary).locator(".badge.overdue").innerText();
    tab("Overdue");
    int overdueAfter = item(summary).count();

    assertThat(before).isZero();
    assertThat(overdueBefore).isZero();
    assertThat(after).isEqualTo(1);
    assertThat(marked).isEqualTo("(overdue)");
    assertThat(badge).isEqualTo("Overdue");
    assertThat(overdueAfter).isEqualTo(1);
  }

  @Test
  void pager_nextPageOfAll_showsTheFollowingIncidents() {
    Scenario scenario = release();
    report(scenario, "low", "First of two for the pager");
    report(scenario, "low", "Second of two for the pager");
    signedInSteward();
    open("/steward/incidents?status=all&limit=1");
    int firstPage = page.locator(".incident-item").count();
    String first = page.locator(".incident-item a").first().innerText();

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page →")).click();
    assertThat(page).hasURL(Pattern.compile(".*status=all.*after=.*"));
    Locator following = page.locator(".incident-item");
    assertThat(following.first()).isVisible();

    assertThat(firstPage).isEqualTo(1);
    assertThat(following.filter(new Locator.FilterOptions().setHasText(first))).hasCount(0);
    assertThat(following.filter(new Locator.FilterOptions().setHasText("Second of two")))
        .hasCount(1);
    assertThat(page.locator("h1")).hasText("Incidents");
    assertThat(page.locator("nav.tabs [aria-current=page]")).hasText("All");
  }

  @Test
  void incidentsPage_organizationReleaserIs403_badStatusIs400() {
    Scenario scenario = release();
    Person releaser = person("rita");
    run(
        tx ->
            tx.memberships()
                .add(
                    tx.users().findByHandle(releaser.handle()).orElseThrow().id(),
                    tx.organizations().findBySlug(scenario.org()).orElseThrow().id(),
                    OrgRole.RELEASER));
    signIn(releaser);

    Response ownList = open(Links.incidents(scenario.org()));
    Response forbidden = open("/steward/incidents");
    context.close();
    context = newContext(true);
    page = context.newPage();
    signedInSteward();
    Response badStatus = open("/steward/incidents?status=escalated");

    assertThat(ownList.status()).isEqualTo(200);
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(badStatus.status()).isEqualTo(400);
    assertThat(page.locator("main"))
        .containsText("must be one of attention, open, overdue, resolved, rejected or all");
  }
}
