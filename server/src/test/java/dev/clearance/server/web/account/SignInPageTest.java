package dev.clearance.server.web.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import dev.clearance.server.identity.StoreAuthenticator;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.BrowserTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signing in and out through the pages, in Chromium (OPS-3, issue 7 item 6). */
class SignInPageTest extends BrowserTestBase {

  private Response submit(String handle, String password) {
    page.getByLabel("Handle").fill(handle);
    page.getByLabel("Password").fill(password);
    return page.waitForNavigation(
        () ->
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click());
  }

  private Cookie sessionCookie(BrowserContext browser) {
    return browser.cookies().stream()
        .filter(cookie -> cookie.name.equals(StoreAuthenticator.SESSION_COOKIE))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void signIn_rightPassword_goesToNextWithAStrictHttpOnlyCookie() {
    Person grace = person("grace");
    open("/login?next=%2F%3Fstate%3Dreleased");

    Response answer = submit(grace.handle(), grace.password());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(page.url()).endsWith("/?state=released");
    assertThat(page.getByText("Signed in as " + grace.handle())).isVisible();
    Cookie session = sessionCookie(context);
    assertThat(session.httpOnly).isTrue();
    assertThat(session.sameSite).isEqualTo(SameSiteAttribute.STRICT);
  }

  @Test
  void signIn_nextToAnotherSite_staysOnThisSite() {
    Person grace = person("grace");
    open("/login?next=%2F%2Fevil.example%2Fphish");

    submit(grace.handle(), grace.password());

    assertThat(page.url()).isEqualTo(registry.baseUri() + "/");
  }

  @Test
  void signIn_wrongPasswordOrUnknownHandle_sameMessageInTheAlert() {
    Person grace = person("grace");
    open("/login");

    Response wrongPassword = submit(grace.handle(), "not the password");
    String wrongPasswordText = page.getByRole(AriaRole.ALERT).innerText();
    Response unknownHandle = submit("nobody-here", "not the password");
    String unknownHandleText = page.getByRole(AriaRole.ALERT).innerText();

    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(unknownHandle.status()).isEqualTo(401);
    assertThat(wrongPasswordText)
        .contains("The handle or the password is wrong.")
        .isEqualTo(unknownHandleText);
    assertThat(page.getByLabel("Handle")).hasValue("nobody-here");
    assertThat(context.cookies()).noneMatch(c -> c.name.equals(StoreAuthenticator.SESSION_COOKIE));
  }

  @Test
  void signIn_afterFiveFailures_isRefusedWithTheWait() {
    Person grace = person("grace");
    open("/login");
    for (int attempt = 0; attempt < 5; attempt++) {
      submit(grace.handle(), "wrong " + attempt);
    }

    Response throttled = submit(grace.handle(), grace.password());

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.headerValue("Retry-After")).matches("\\d+");
    assertThat(page.getByRole(AriaRole.ALERT))
        .containsText("try again in " + throttled.headerValue("Retry-After") + " seconds");
    assertThat(page.getByText("Signed in as")).hasCount(0);
  }

  @Test
  void signIn_withoutJavaScript_works() {
    Person grace = person("grace");
    BrowserContext plain = newContext(false);
    Page noScript = plain.newPage();
    noScript.navigate("/login");
    noScript.getByLabel("Handle").fill(grace.handle());
    noScript.getByLabel("Password").fill(grace.password());

    noScript.waitForNavigation(
        () ->
            noScript
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click());

    assertThat(noScript.getByText("Signed in as " + grace.handle())).isVisible();
    plain.close();
  }

  @Test
  void signOut_signedIn_endsTheSessionOnTheServer() {
    Person grace = person("grace");
    signIn(grace);
    String secret = sessionCookie(context).value;

    page.waitForNavigation(
        () ->
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click());

    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")))
        .isVisible();
    ApiResponse withOldCookie =
        new ApiClient(registry.baseUri(), java.util.Optional.empty(), "old-cookie")
            .send(
                "GET",
                "/api/v1/me",
                null,
                null,
                Map.of("Cookie", StoreAuthenticator.SESSION_COOKIE + "=" + secret));
    assertThat(withOldCookie.status()).isEqualTo(401);
  }

  @Test
  void signOut_formWithoutCsrfToken_isRefused() {
    Person grace = person("grace");
    signIn(grace);
    page.locator("form.sign-out input[name=_csrf]").evaluate("input => input.value = 'forged'");

    Response refused =
        page.waitForNavigation(
            () ->
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                    .click());

    assertThat(refused.status()).isEqualTo(403);
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not allowed")))
        .isVisible();
    ApiResponse stillSignedIn =
        new ApiClient(registry.baseUri(), java.util.Optional.empty(), "cookie")
            .send(
                "GET",
                "/api/v1/me",
                null,
                null,
                Map.of(
                    "Cookie",
                    StoreAuthenticator.SESSION_COOKIE + "=" + sessionCookie(context).value));
    assertThat(stillSignedIn.status()).isEqualTo(200);
  }

  @Test
  void accountPage_anonymous_redirectsToSignInAndBack() {
    Person grace = person("grace");

    Response login = open("/account");

    assertThat(page.url()).endsWith("/login?next=%2Faccount");
    assertThat(login.status()).isEqualTo(200);
    submit(grace.handle(), grace.password());
    assertThat(page.url()).endsWith("/account");
    assertThat(
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account")))
        .isVisible();
  }

  @Test
  void signInPage_accessibleAtBothWidths() {
    open("/login");
    page.getByLabel("Handle").fill("grace");
    assertAccessible();
    screenshot("login");
    submit("grace", "a wrong password");
    assertAccessible();
    screenshot("login-failed");
    assertThat(List.of(SCREENSHOTS.resolve("login-390.png").toFile().length()))
        .allMatch(size -> size > 1000);
  }
}
