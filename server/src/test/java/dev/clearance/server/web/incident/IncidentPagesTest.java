package dev.clearance.server.web.incident;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.BrowserTestBase;
import dev.clearance.server.web.Links;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Incidents through the pages, in Chromium (LIFE-2): a visitor without an account reports a problem
 * with a released model through the form and tracks it by its reference; the organization's
 * releaser acknowledges it with another severity and posts an update; the reporter reads both
 * steps; bad input keeps what was typed; a critical report waits in the stewards' queue of
 * incidents that need attention.
 */
class IncidentPagesTest extends BrowserTestBase {

  private static final String SUMMARY = "States a wrong drug interaction as fact";
  private static final String DETAILS =
      "Asked whether ibuprofen and warfarin can be combined; it said <b>yes</b>, without warning.";

  private Released released;

  private java.net.URI releasedOn;

  /** Browser contexts of the test's other people, closed after it. */
  private final List<BrowserContext> others = new ArrayList<>();

  @AfterEach
  void closeOthers() {
    others.forEach(BrowserContext::close);
    others.clear();
  }

  /** One released Tier 1 model per registry; each test reports its own incidents on it. */
  private Scenario release() {
    if (released == null || !registry.baseUri().equals(releasedOn)) {
      released = releasedTier1("incidents");
      releasedOn = registry.baseUri();
    }
    return released.scenario();
  }

  private static String releasePage(Scenario scenario) {
    return Links.release(scenario.org(), scenario.model(), scenario.version());
  }

  private static String reportPage(Scenario scenario) {
    return Links.reportIncident(scenario.org(), scenario.model(), scenario.version());
  }

  /** A new person with a password, a member of {@code org} with {@code role} when given. */
  private Person member(String handle, String org, OrgRole role, GlobalRole... roles) {
    Person person = person(handle, roles);
    if (org != null) {
      run(
          tx ->
              tx.memberships()
                  .add(
                      tx.users().findByHandle(person.handle()).orElseThrow().id(),
                      tx.organizations().findBySlug(org).orElseThrow().id(),
                      role));
    }
    return person;
  }

  /** A page in a browser of its own (own cookies), signed in as {@code person} unless null. */
  private Page browser(Person person) {
    BrowserContext browser = newContext(true);
    others.add(browser);
    Page their = browser.newPage();
    if (person != null) {
      their.navigate("/login");
      their.getByLabel("Handle").fill(person.handle());
      their.getByLabel("Password").fill(person.password());
      submit(their, "Sign in");
    }
    return their;
  }

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(
        AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  /** Clicks the button {@code name} in the page's main content; returns the page it loads. */
  private static Response submit(Page on, String name) {
    return on.waitForNavigation(() -> button(on.locator("main"), name).click());
  }

  /** Follows the link {@code name}; returns the page it loads. */
  private static Response follow(Page on, String name) {
    return on.waitForNavigation(
        () -> on.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click());
  }

  /** The error alerts shown in {@code scope}. */
  private static Locator shownErrors(Locator scope) {
    return scope.locator(".alert-error:not([hidden])");
  }

  /** How many incidents of a list answer have {@code summary}. */
  private static long countWithSummary(ApiResponse list, String summary) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    long count = 0;
    for (JsonNode item : list.json().path("items")) {
      if (item.path("summary").asText().equals(summary)) {
        count++;
      }
    }
    return count;
  }

  /** Fills the report form of {@link #page}. */
  private void fillReport(String kind, String severity, String summary) {
    page.getByLabel(kind).check();
    page.getByLabel(severity, new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("Summary").fill(summary);
    page.getByLabel("What happened").fill(DETAILS);
    page.getByLabel("What you ask for").fill("Warn about the bleeding risk.");
  }

  /** Reports a problem through the form of {@link #page}; returns the tracking reference. */
  private String reportThroughTheForm(Scenario scenario, String severity, String summary) {
    open(reportPage(scenario));
    fillReport("Disputed output", severity, summary);
    Response sent = submit(page, "Send the report");
    assertThat(sent.status()).as("the report is stored").isEqualTo(200);
    assertThat(page.url()).endsWith("/incidents/reported");
    return page.locator("#tracking-reference").innerText();
  }

  @Test
  void report_anonymousThenAcknowledgedAndUpdated_theReporterFollowsEveryStep() {
    Scenario scenario = release();
    open(releasePage(scenario));
    follow(page, "Report a problem");
    String form = page.url();
    String highHelp = page.locator("#severity-high-help").innerText();
    assertAccessible();
    fillReport("Disputed output", "Medium", SUMMARY);
    Response sent = submit(page, "Send the report");
    String reference = page.locator("#tracking-reference").innerText();
    String confirmation = page.locator(".incident-reference").innerText();
    String confirmationUrl = page.url();
    String trackHref =
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Track this report"))
            .getAttribute("href");
    screenshot("incident-reported");
    Response reloaded = page.reload();
    String afterReload = page.locator("main").innerText();
    assertAccessible();
    long storedOnce =
        countWithSummary(steward.get("/api/v1/orgs/" + scenario.org() + "/incidents"), SUMMARY);
    open(trackHref);
    String received = page.locator(".incident-status").innerText();
    assertAccessible();

    signIn(member("responder", scenario.org(), OrgRole.RELEASER));
    open(Links.incidents(scenario.org()));
    follow(page, SUMMARY);
    String preselected = page.getByLabel("Severity").inputValue();
    assertAccessible();
    page.getByLabel("Severity").selectOption("high");
    page.getByLabel("Note to the reporter").fill("We reproduced it and are fixing it.");
    Response acknowledged = submit(page, "Acknowledge");
    String afterAcknowledge = page.locator("main").innerText();
    page.getByLabel("Update for the reporter").fill("A fixed version <i>1.0.1</i> is in review.");
    submit(page, "Post the update");
    String afterUpdate = page.locator("main").innerText();
    screenshot("incident-responder");

    Page reporter = browser(null);
    Response tracked = reporter.navigate("/incidents/track?reference=" + reference);
    Locator updates = reporter.locator(".incident-update");
    JsonNode api = anonymous.get("/api/v1/incident-reports/" + reference).json();

    assertThat(form).endsWith(reportPage(scenario));
    assertThat(highHelp)
        .isEqualTo(
            "To be acknowledged within 24 hours, resolved within 14 days; the registry's stewards"
                + " are told at once.");
    assertThat(sent.status()).isEqualTo(200);
    assertThat(confirmationUrl).endsWith("/incidents/reported").doesNotContain("clri_");
    assertThat(trackHref).isEqualTo("/incidents/track?reference=" + reference);
    assertThat(reloaded.status()).isEqualTo(200);
    assertThat(reloaded.headerValue("cache-control")).isEqualTo("no-store");
    assertThat(afterReload).contains("showed the tracking reference of your report once");
    assertThat(afterReload).doesNotContain(reference);
    assertThat(storedOnce).as("a reload does not send the report again").isOne();
    assertThat(reference).startsWith("clri_");
    assertThat(confirmation)
        .contains("shown only this once")
        .contains("the only way to follow this report without an account");
    assertThat(received).isEqualTo("Received, waiting for acknowledgement");
    assertThat(preselected).isEqualTo("medium");
    assertThat(acknowledged.url()).endsWith("?done=acknowledged");
    assertThat(afterAcknowledge).contains("Acknowledged. The reporter reads your note");
    assertThat(afterUpdate).contains("Update posted.");
    assertThat(tracked.status()).isEqualTo(200);
    assertThat(tracked.headerValue("cache-control")).isEqualTo("no-store");
    assertThat(reporter.locator(".incident-status")).hasText("Acknowledged, being handled");
    assertThat(reporter.locator(".incident-facts")).containsText("High");
    assertThat(reporter.locator(".incident-details")).hasText(DETAILS);
    assertThat(reporter.locator(".incident-details b")).hasCount(0);
    assertThat(updates).hasCount(2);
    assertThat(updates.nth(0)).containsText("Acknowledged by");
    assertThat(updates.nth(0)).containsText("We reproduced it and are fixing it.");
    assertThat(updates.nth(1)).containsText("Update by");
    assertThat(updates.nth(1)).containsText("A fixed version <i>1.0.1</i> is in review.");
    assertThat(reporter.locator(".incident-update i")).hasCount(0);
    assertThat(api.path("status").asText()).isEqualTo("acknowledged");
    assertThat(api.path("severity").asText()).isEqualTo("high");
    assertThat(api.path("kind").asText()).isEqualTo("output-dispute");
    assertThat(api.path("summary").asText()).isEqualTo(SUMMARY);
  }

  @Test
  void report_emptySummary_showsWhyAndKeepsWhatWasTyped() {
    Scenario scenario = release();
    String list = "/api/v1/orgs/" + scenario.org() + "/incidents?limit=200";
    int before = steward.get(list).json().path("items").size();
    open(reportPage(scenario));
    fillReport("Harm report", "Low", "");

    Response refused = submit(page, "Send the report");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(shownErrors(page.locator("form.incident-report")))
        .containsText("Summary is missing.");
    assertThat(page.locator("#summary-error")).hasText("Summary is missing.");
    assertThat(page.getByLabel("Summary")).hasAttribute("aria-invalid", "true");
    assertThat(page.getByLabel("Harm report")).isChecked();
    assertThat(page.getByLabel("Low", new Page.GetByLabelOptions().setExact(true))).isChecked();
    assertThat(page.getByLabel("What happened")).hasValue(DETAILS);
    assertThat(page.getByLabel("What you ask for")).hasValue("Warn about the bleeding risk.");
    assertThat(steward.get(list).json().path("items").size()).isEqualTo(before);
  }

  @Test
  void report_critical_waitsInTheStewardsEscalatedQueue() {
    Scenario scenario = release();
    String summary = "Tells how to overdose <safely>";
    String reference = reportThroughTheForm(scenario, "Critical", summary);
    String id = anonymous.get("/api/v1/incident-reports/" + reference).json().path("id").asText();
    signIn(member("sam", null, null, GlobalRole.STEWARD));

    open("/steward");
    Locator queue =
        page.locator(".queue-item")
            .filter(new Locator.FilterOptions().setHasText("Escalated incidents"));
    String waiting = queue.locator(".queue-count").innerText();
    Response listed =
        page.waitForNavigation(
            queue.getByRole(
                    AriaRole.LINK, new Locator.GetByRoleOptions().setName("Escalated incidents"))
                ::click);
    Locator item =
        page.locator(".incident-item").filter(new Locator.FilterOptions().setHasText(summary));
    Locator link =
        item.getByRole(
            AriaRole.LINK, new Locator.GetByRoleOptions().setName(summary).setExact(true));
    String href = link.getAttribute("href");
    String note = item.innerText();
    Response opened = page.waitForNavigation(link::click);

    assertThat(waiting).doesNotStartWith("0");
    assertThat(listed.url()).endsWith("/steward/incidents");
    assertThat(href).isEqualTo(Links.incident(scenario.org(), id));
    assertThat(note)
        .contains(scenario.org() + "/" + scenario.model() + " 1.0.0")
        .contains("Critical")
        .contains("escalated");
    assertThat(opened.status()).isEqualTo(200);
    assertThat(page.locator(".incident-facts")).containsText("the registry's stewards were told");
  }

  @Test
  void incidentPage_staleOrClosed_showsWhyAndKeepsTheNote() {
    Scenario scenario = release();
    String reference = reportThroughTheForm(scenario, "Low", "Stale form");
    String id = anonymous.get("/api/v1/incident-reports/" + reference).json().path("id").asText();
    String api = "/api/v1/orgs/" + scenario.org() + "/incidents/" + id;
    ApiResponse acknowledged =
        scenario.releaser().post(api + "/acknowledge", "{\"note\": \"Acknowledged by the API.\"}");
    signIn(member("responder", scenario.org(), OrgRole.RELEASER));
    open(Links.incident(scenario.org(), id));
    ApiResponse updated =
        scenario.releaser().post(api + "/updates", "{\"note\": \"Updated meanwhile.\"}");
    page.getByLabel("Update for the reporter").fill("My own note.");

    Response stale = submit(page, "Post the update");
    String staleError = shownErrors(page.locator("form.step-updates")).innerText();
    String kept = page.getByLabel("Update for the reporter").inputValue();
    String updates = page.locator(".incident-updates").innerText();
    ApiResponse resolved =
        scenario.releaser().post(api + "/resolve", "{\"resolution\": \"Fixed in 1.0.1.\"}");
    Response closed = submit(page, "Post the update");

    assertThat(acknowledged.status()).isEqualTo(200);
    assertThat(updated.status()).isEqualTo(200);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(staleError).contains("changed since version 2").contains("Someone changed");
    assertThat(kept).isEqualTo("My own note.");
    assertThat(updates).contains("Updated meanwhile.");
    assertThat(resolved.status()).isEqualTo(200);
    assertThat(closed.status()).isEqualTo(412);
    assertThat(page.locator("form.incident-step")).hasCount(0);
    assertThat(shownErrors(page.locator("main"))).containsText("changed since version 3");
    assertThat(page.locator(".incident-respond")).containsText("This incident is closed");
    assertThat(anonymous.get("/api/v1/incident-reports/" + reference).json().path("updates"))
        .hasSize(3);
  }

  @Test
  void trackingPage_unknownReference_is404WithAHint() {
    open("/incidents/track");
    assertAccessible();
    page.getByLabel("Tracking reference").fill("clri_notareference");

    Response answer = submit(page, "Show the report");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.headerValue("cache-control")).isEqualTo("no-store");
    assertThat(page.locator("h1")).hasText("Report not found");
    assertThat(shownErrors(page.locator("main"))).containsText("starts with clri_");
    assertThat(page.getByLabel("Tracking reference")).hasValue("clri_notareference");
  }

  @Test
  void reportPage_draft_saysIncidentsAreForReleasedModelsAndIsHiddenFromThePublic() {
    Scenario draft = draft("unreleased");
    signIn(member("member", draft.org(), OrgRole.RELEASER));

    Response shown = open(reportPage(draft));
    int forms = page.locator("form.incident-report").count();
    String said = page.locator("main").innerText();
    open(releasePage(draft));
    int links =
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report a problem"))
            .count();
    Response hidden = browser(null).navigate(reportPage(draft));

    assertThat(shown.status()).isEqualTo(200);
    assertThat(forms).isZero();
    assertThat(said).contains("incidents are for released models");
    assertThat(said).contains("file findings");
    assertThat(links).isZero();
    assertThat(hidden.status()).isEqualTo(404);
  }
}
