package dev.clearance.server.web.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.clearance.server.notify.DeliveryJob;
import dev.clearance.server.testing.BrowserTestBase;
import org.junit.jupiter.api.Test;

/**
 * Verifying an email address through the pages, in Chromium: the account page says the address
 * waits for verification, the emailed link opens a page whose button verifies it (opening the link
 * alone changes nothing), and a bad link says what to do.
 */
class EmailVerificationPageTest extends BrowserTestBase {

  @Override
  protected boolean sendsEmail() {
    return true;
  }

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  private void deliver() {
    assertThat(registry.jobs().runOnce(DeliveryJob.NAME)).isTrue();
  }

  @Test
  void account_newAddress_linkFromTheEmailVerifiesItWithTheButton() throws Exception {
    Person pia = person("pia");
    String address = pia.handle() + "@example.org";
    signIn(pia);
    open("/account");
    page.getByLabel("Email").fill(address);
    page.getByRole(AriaRole.BUTTON, named("Save profile")).click();
    assertThat(page.locator(".email-state")).containsText("is not verified yet");
    assertAccessible();
    screenshot("account-email-unverified");

    page.getByRole(AriaRole.BUTTON, named("Email me a new link")).click();
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("less than a minute ago");

    deliver();
    String link = "/account/verify-email?token=" + mailbox.verificationToken(address);
    BrowserContext elsewhere = newContext(false);
    Page mailReader = elsewhere.newPage();
    mailReader.navigate(link);
    boolean stillUnverified = !pia.api().get("/api/v1/me").json().path("emailVerified").asBoolean();
    Response verified =
        mailReader.waitForNavigation(
            () -> mailReader.getByRole(AriaRole.BUTTON, named("Verify my address")).click());
    String outcome = mailReader.locator("main").innerText();
    elsewhere.close();

    assertThat(stillUnverified).as("opening the link alone verifies nothing").isTrue();
    assertThat(verified.status()).isEqualTo(200);
    assertThat(outcome).contains("The address " + address).contains("is verified");
    open("/account");
    assertThat(page.locator(".email-state")).containsText("is verified");
    assertThat(page.getByRole(AriaRole.BUTTON, named("Email me a new link"))).hasCount(0);
  }

  @Test
  void verifyPage_badLink_refusedWithWhatToDo() {
    open("/account/verify-email?token=clrv_made.up.link");
    Response refused =
        page.waitForNavigation(
            () -> page.getByRole(AriaRole.BUTTON, named("Verify my address")).click());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("The verification token is malformed");
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("send a new link");
    assertAccessible();
    screenshot("verify-email-refused");

    Response empty = open("/account/verify-email");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("holds no token");
  }
}
