package dev.clearance.server.web.org;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The account's API tokens page in Chromium: a token is created through {@code POST
 * /api/v1/me/tokens}, its secret shown once and working, then revoked through the page.
 */
class TokensPageTest extends OrgPageTestBase {

  private static Locator.FilterOptions hasText(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }

  private Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  @Test
  void tokens_createShowOnceRevoke_theSecretWorksUntilRevoked() {
    Person ada = person("ada");
    signIn(ada);
    open("/account");
    page.getByRole(AriaRole.LINK, named("API tokens")).click();
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/account/tokens$"));
    assertThat(page.locator(".token-item")).hasCount(1);
    assertThat(page.locator(".token-item")).containsText("test");

    page.getByLabel("Name").fill("ci-pipeline");
    page.getByLabel("Expires after (days)").fill("30");
    page.getByRole(AriaRole.BUTTON, named("Create token")).click();

    assertThat(page.locator("#new-token")).isVisible();
    assertThat(page.locator("#new-token")).containsText("not shown again");
    String secret = page.locator("#new-token [data-field=token]").textContent();
    assertThat(secret).startsWith("clr_");
    ApiClient withSecret = new ApiClient(registry.baseUri(), Optional.of(secret), "ci");
    assertThat(withSecret.get("/api/v1/me").json().path("handle").asText()).isEqualTo(ada.handle());
    assertAccessible();
    screenshot("tokens-created");

    page.getByRole(AriaRole.LINK, named("Done: show my tokens")).click();
    Locator created = page.locator(".token-item").filter(hasText("ci-pipeline"));
    assertThat(page.locator(".token-item")).hasCount(2);
    assertThat(created).containsText("Active");
    assertThat(page.locator("main")).not().containsText(secret);
    assertThat(page.locator("#new-token")).isHidden();
    assertAccessible();
    screenshot("tokens");

    page.getByRole(AriaRole.BUTTON, named("Revoke ci-pipeline")).click();

    assertThat(created).containsText("Revoked");
    assertThat(page.getByRole(AriaRole.BUTTON, named("Revoke ci-pipeline"))).hasCount(0);
    ApiResponse afterRevoke = withSecret.get("/api/v1/me");
    assertThat(afterRevoke.status()).isEqualTo(401);
  }

  @Test
  void tokens_expiryOutOfRange_showsTheApiErrorAtTheField() {
    signIn(person("bob"));
    open("/account/tokens");

    page.getByLabel("Name").fill("too-long");
    page.getByLabel("Expires after (days)").evaluate("input => input.removeAttribute('max')");
    page.getByLabel("Expires after (days)").fill("5000");
    page.getByRole(AriaRole.BUTTON, named("Create token")).click();

    assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
    assertThat(page.locator("#new-token")).isHidden();
    assertThat(page.locator(".token-item").filter(hasText("too-long"))).hasCount(0);
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("it must be from 1 to 3650");
  }

  @Test
  void tokens_anonymous_isSentToSignIn() {
    open("/account/tokens");

    assertThat(page)
        .hasURL(java.util.regex.Pattern.compile(".*/login\\?next=%2Faccount%2Ftokens$"));
  }
}
