package dev.clearance.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.TestMailbox;
import dev.clearance.store.identity.OrgRole;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Email notifications through {@link SmtpMailSender} to a real SMTP server in this process
 * (GreenMail on a free loopback port): the delivery job sends each recipient with a verified
 * address one message; recipients without one get only the inbox entry.
 */
class EmailDeliveryTest extends MailTestBase {

  @Test
  void deliver_recipientWithEmail_receivesOneMessageWithTitleAsSubject() throws Exception {
    String org = organization("acme");
    ApiClient withEmail = member(org, OrgRole.RELEASER, "mailed");
    ApiClient withoutEmail = member(org, OrgRole.RELEASER, "unmailed");
    String address = withEmail.name() + "@example.org";
    ApiResponse set = setEmail(withEmail, address.toUpperCase(java.util.Locale.ROOT));
    verifyEmail(withEmail, address);
    int before = mailbox.count();

    Notified notified =
        notifyNow(
            NotificationEvent.about(
                NotificationKind.WINDOW_CLOSING,
                new ReleaseName(org, "coder-7b", "1.0.0"),
                "Review window for " + org + "/coder-7b@1.0.0 closes in 7 days",
                "The review window ends soon.",
                Recipients.organization(orgId(org))));
    deliver();
    deliver();

    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().path("email").asText()).isEqualTo(address);
    assertThat(notified.inboxRecipients()).isEqualTo(2);
    assertThat(notified.deliveries()).as("one email, none for the user without address").isOne();
    assertThat(mailbox.count()).isEqualTo(before + 1);
    List<MimeMessage> mine =
        messagesTo(address).stream().filter(m -> !subject(m).contains("Verify")).toList();
    assertThat(mine).hasSize(1);
    MimeMessage message = mine.get(0);
    assertThat(message.getSubject())
        .isEqualTo("[Clearance] Review window for " + org + "/coder-7b@1.0.0 closes in 7 days");
    assertThat(message.getFrom()[0].toString()).isEqualTo(TestMailbox.FROM);
    assertThat(GreenMailUtil.getBody(message))
        .contains("The review window ends soon.")
        .contains("/api/v1/orgs/" + org + "/models/coder-7b/releases/1.0.0");
    assertThat(kinds(withoutEmail)).containsExactly("window_closing");
    assertThat(kinds(withEmail)).containsExactly("window_closing", "email_verification");
  }

  @Test
  void updateMe_emailRemoved_noMoreEmail() throws Exception {
    ApiClient user = user("changer");
    String address = user.name() + "@example.org";
    setEmail(user, address);
    verifyEmail(user, address);
    ApiResponse removed = setEmail(user, "");

    Notified notified =
        notifyNow(event(NotificationKind.RESPONSE_DUE, "Due", Recipients.users(userId(user))));
    deliver();

    assertThat(removed.status()).isEqualTo(200);
    assertThat(removed.json().has("email")).isFalse();
    assertThat(notified.deliveries()).isZero();
    assertThat(messagesTo(address)).noneMatch(m -> !subject(m).contains("Verify"));
  }

  @Test
  void updateMe_invalidEmailOrNoField_400NamingTheField() {
    ApiClient user = user("typo");

    ApiResponse invalid = setEmail(user, "not-an-address");
    ApiResponse empty =
        user.send("PATCH", "/api/v1/me", "{}".getBytes(), "application/json", java.util.Map.of());

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().path("details").path("field").asText()).isEqualTo("email");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().path("message").asText()).contains("names no field");
  }
}
