package dev.clearance.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.clearance.server.http.SecurityHeaders;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.BrowserTestBase;
import org.junit.jupiter.api.Test;

/** Error pages, security headers and asset caching as a browser gets them. */
class PageErrorsTest extends BrowserTestBase {

  @Test
  void unknownPage_isAnHtml404WithTheRequestId() {
    Response answer = open("/no/such/page");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found")))
        .isVisible();
    assertThat(page.locator("main")).containsText("There is no page at /no/such/page.");
    assertThat(page.locator(".request-id code")).hasText(answer.headerValue("x-request-id"));
    assertThat(page.content()).doesNotContain("Exception").doesNotContain("at dev.clearance");
    assertAccessible();
    screenshot("not-found");
  }

  @Test
  void unknownApiPath_keepsTheJsonErrorBody() {
    ApiResponse answer = anonymous.get("/api/v1/no-such-endpoint");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.code()).isEqualTo("not_found");
  }

  @Test
  void pages_carryTheSecurityHeadersAndAreNotStored() {
    for (String path : new String[] {"/", "/login", "/no-such-page"}) {
      Response answer = open(path);

      assertThat(answer.headerValue("content-security-policy"))
          .as(path)
          .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
          .contains("script-src 'self'")
          .contains("frame-ancestors 'none'");
      assertThat(answer.headerValue("referrer-policy")).as(path).isEqualTo("same-origin");
      assertThat(answer.headerValue("x-frame-options")).as(path).isEqualTo("DENY");
      assertThat(answer.headerValue("x-content-type-options")).as(path).isEqualTo("nosniff");
      assertThat(answer.headerValue("cache-control")).as(path).isEqualTo("no-store");
    }
  }

  @Test
  void assets_linkedFromPages_areCachedPubliclyAndServedFromTheJar() {
    open("/");
    String[] urls = {
      page.locator("link[rel=stylesheet]").first().getAttribute("href"),
      page.locator("script[src*=htmx]").getAttribute("src"),
      page.locator("script[src*=clearance]").getAttribute("src")
    };

    for (String url : urls) {
      APIResponse asset = context.request().get(url);

      assertThat(asset.status()).as(url).isEqualTo(200);
      assertThat(url).startsWith("/assets/").contains("?v=");
      assertThat(asset.headers().get("cache-control"))
          .as(url)
          .startsWith("public, max-age=")
          .contains("immutable");
      assertThat(asset.headers().get("x-content-type-options")).isEqualTo("nosniff");
    }
    APIResponse unversioned = context.request().get("/assets/clearance.css");
    assertThat(unversioned.headers().get("cache-control")).isEqualTo("public, max-age=3600");
    assertThat(unversioned.headers().get("content-type")).startsWith("text/css");
    assertThat(context.request().get("/assets/secret.txt").status()).isEqualTo(404);
  }

  @Test
  void pageWithoutInlineScript_injectedInlineScriptIsBlockedAndReported() {
    open("/");

    page.evaluate(
        "() => { const s = document.createElement('script');"
            + " s.textContent = 'window.injected = true'; document.body.appendChild(s); }");

    assertThat(page.evaluate("() => window.injected === true")).isEqualTo(false);
    // The browser reports the blocked script on the console: what fails any other test.
    assertThat(takeProblems("Content Security Policy")).isNotEmpty();
  }
}
