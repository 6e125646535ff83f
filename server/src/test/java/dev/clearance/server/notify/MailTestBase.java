package dev.clearance.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.TestMailbox;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;

/** Notification tests whose registry sends email, to a {@link TestMailbox}. */
abstract class MailTestBase extends NotifyTestBase {

  TestMailbox mailbox;

  @Override
  protected NotificationConfig notificationConfig() {
    mailbox = TestMailbox.start();
    return mailbox.notificationConfig();
  }

  @AfterParameterizedClassInvocation
  void stopMailbox() {
    if (mailbox != null) {
      mailbox.close();
    }
  }

  /** {@code PATCH /api/v1/me {"email": email}} as {@code client}. */
  static ApiResponse setEmail(ApiClient client, String email) {
    return client.send(
        "PATCH",
        "/api/v1/me",
        ("{\"email\": \"" + email + "\"}").getBytes(StandardCharsets.UTF_8),
        "application/json",
        Map.of());
  }

  /** {@code POST /api/v1/email-verifications {"token": token}}, signed in as nobody. */
  ApiResponse sendToken(String token) {
    return anonymous.post("/api/v1/email-verifications", "{\"token\": \"" + token + "\"}");
  }

  /** Sends the queued verification email to {@code address} and verifies it with its link. */
  void verifyEmail(ApiClient client, String address) throws MessagingException {
    deliver();
    ApiResponse verified = sendToken(mailbox.verificationToken(address));
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(client.get("/api/v1/me").json().path("emailVerified").asBoolean()).isTrue();
  }

  List<MimeMessage> messagesTo(String address) throws MessagingException {
    return mailbox.messagesTo(address);
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new AssertionError(e);
    }
  }
}
