package dev.clearance.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.TestNotifications;
import dev.clearance.store.identity.OrgRole;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;

/**
 * Email notifications through {@link SmtpMailSender} to a real SMTP server in this process
 * (GreenMail on a free loopback port): the delivery job sends each recipient with an address one
 * message; recipients without an address get only the inbox entry.
 */
class EmailDeliveryTest extends NotifyTestBase {

  private GreenMail smtp;

  @Override
  protected NotificationConfig notificationConfig() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return TestNotifications.config(
        Optional.of(
            new SmtpSettings(
                "127.0.0.1",
                smtp.getSmtp().getPort(),
                "clearance@registry.example.org",
                SmtpSecurity.NONE,
                Optional.empty(),
                Optional.empty())));
  }

  @AfterParameterizedClassInvocation
  void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  private static ApiResponse setEmail(ApiClient client, String email) {
    return client.send(
        "PATCH",
        "/api/v1/me",
        ("{\"email\": \"" + email + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "application/json",
        java.util.Map.of());
  }

  private List<MimeMessage> messagesTo(String address) throws Exception {
    List<MimeMessage> found = new java.util.ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(to -> to.toString().equals(address))) {
        found.add(message);
      }
    }
    return found;
  }

  @Test
  void deliver_recipientWithEmail_receivesOneMessageWithTitleAsSubject() throws Exception {
    String org = organization("acme");
    ApiClient withEmail = member(org, OrgRole.RELEASER, "mailed");
    ApiClient withoutEmail = member(org, OrgRole.RELEASER, "unmailed");
    String address = withEmail.name() + "@example.org";
    ApiResponse set = setEmail(withEmail, address.toUpperCase(java.util.Locale.ROOT));
    int before = smtp.getReceivedMessages().length;

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
    assertThat(smtp.getReceivedMessages()).hasSize(before + 1);
    List<MimeMessage> mine = messagesTo(address);
    assertThat(mine).hasSize(1);
    MimeMessage message = mine.get(0);
    assertThat(message.getSubject())
        .isEqualTo("[Clearance] Review window for " + org + "/coder-7b@1.0.0 closes in 7 days");
    assertThat(message.getFrom()[0].toString()).isEqualTo("clearance@registry.example.org");
    assertThat(GreenMailUtil.getBody(message))
        .contains("The review window ends soon.")
        .contains("/api/v1/orgs/" + org + "/models/coder-7b/releases/1.0.0");
    assertThat(kinds(withoutEmail)).containsExactly("window_closing");
  }

  @Test
  void updateMe_emailRemoved_noMoreEmail() throws Exception {
    ApiClient user = user("changer");
    String address = user.name() + "@example.org";
    setEmail(user, address);
    ApiResponse removed = setEmail(user, "");

    Notified notified =
        notifyNow(event(NotificationKind.RESPONSE_DUE, "Due", Recipients.users(userId(user))));
    deliver();

    assertThat(removed.status()).isEqualTo(200);
    assertThat(removed.json().has("email")).isFalse();
    assertThat(notified.deliveries()).isZero();
    assertThat(messagesTo(address)).isEmpty();
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
