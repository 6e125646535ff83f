package dev.clearance.server.web.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.BrowserTestBase;
import dev.clearance.store.identity.GlobalRole;
import org.junit.jupiter.api.Test;

/** The inbox page in Chromium: notifications, their links to pages, marking them read. */
class InboxPageTest extends BrowserTestBase {

  @Test
  void inbox_stewardSeesTheApplication_followsItToVetting_andMarksItRead() {
    Person steward = person("sam", GlobalRole.STEWARD);
    Person ada = person("ada");
    ApiResponse applied =
        ada.api()
            .post(
                "/api/v1/evaluator-applications",
                "{\"affiliation\": \"Lab\", \"expertise\": [\"bias\"], \"statement\": \"I test.\","
                    + " \"conflicts\": []}");
    assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
    signIn(steward);

    open("/inbox");
    Locator item =
        page.locator(".notification")
            .filter(new Locator.FilterOptions().setHasText("waits for vetting"));
    assertThat(item).hasCount(1);
    assertThat(item.locator(".badge")).hasText("Unread");
    screenshot("inbox");
    assertAccessible();
    item.getByRole(AriaRole.LINK).click();
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/steward/vetting$"));

    open("/inbox?unread=true");
    Locator unread =
        page.locator(".notification")
            .filter(new Locator.FilterOptions().setHasText("waits for vetting"));
    page.waitForNavigation(
        () ->
            unread
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark"))
                .click());

    assertThat(
            page.locator(".notification")
                .filter(new Locator.FilterOptions().setHasText("waits for vetting")))
        .hasCount(0);
    assertThat(
            steward
                .api()
                .get("/api/v1/me/notifications?unread=true")
                .json()
                .path("unread")
                .asLong())
        .isZero();
  }

  @Test
  void inbox_empty_saysSo_andNeedsSignIn() {
    Response signedOut = open("/inbox");
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?next=%2Finbox$"));
    signIn(person("cy"));

    open("/inbox");

    assertThat(signedOut.status()).isEqualTo(200);
    assertThat(page.locator(".empty-state")).containsText("No notifications yet");
    assertThat(
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Inbox")))
        .hasAttribute("aria-current", "page");
  }
}
