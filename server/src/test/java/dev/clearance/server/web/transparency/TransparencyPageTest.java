package dev.clearance.server.web.transparency;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.BrowserTestBase;
import org.junit.jupiter.api.Test;

/** The transparency report page in Chromium (ACC-3), read by the public without JavaScript. */
class TransparencyPageTest extends BrowserTestBase {

  @Test
  void transparencyPage_showsTheYearsFiguresWithAChartAndLinksToJsonAndCsv() {
    Released released = releasedTier1("public");
    ApiResponse reported =
        anonymous.post(
            released.scenario().path() + "/incidents",
            "{\"kind\": \"harm\", \"severity\": \"low\", \"summary\": \"Insulting reply\","
                + " \"details\": \"It insulted the user.\"}");
    assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
    BrowserContext plain = newContext(false);
    Page reader = plain.newPage();

    Response shown = reader.navigate("/transparency");
    String rate = reader.locator(".compliance-rate").innerText();
    String chart = reader.getByRole(AriaRole.IMG).first().getAttribute("aria-labelledby");
    String tiers = reader.locator("#tiers-title").textContent();
    String incidents = reader.locator(".incidents-reported").innerText();
    String kinds = reader.locator("#incident-kinds-title").textContent();
    String pageText = reader.locator("main").innerText();
    String csvHref =
        reader
            .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CSV"))
            .getAttribute("href");
    Response badYear = reader.navigate("/transparency?year=1800");
    String heading = reader.locator("h1").innerText();
    plain.close();

    assertThat(shown.status()).isEqualTo(200);
    assertThat(rate).isEqualTo("100.0 %");
    assertThat(chart).isEqualTo("tiers-title");
    assertThat(tiers).isEqualTo("Releases per tier in 2026");
    assertThat(incidents).isEqualTo("1");
    assertThat(kinds).isEqualTo("Incidents by kind in 2026");
    assertThat(pageText).contains("Harm report").doesNotContain("Insulting reply");
    assertThat(csvHref).isEqualTo("/api/v1/transparency-report/csv?year=2026");
    assertThat(badYear.status()).isEqualTo(200);
    assertThat(heading).isEqualTo("Transparency report 2026");

    open("/transparency");
    assertThat(page.locator(".chart rect"))
        .hasCount(5 + 2 + 4); // tiers, incident kinds, severities
    assertAccessible();
    screenshot("transparency");
  }
}
