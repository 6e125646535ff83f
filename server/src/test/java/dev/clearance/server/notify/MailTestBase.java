package dev.clearance.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** Notification tests whose registry sends email, to a {@link TestMailbox}. */
abstract class MailTestBase extends NotifyTestBase {

  @Override
  protected boolean sendsEmail() {
    return true;
  }

  /** {@code PATCH /api/v1/me {"email": email}} as {@code client}. */
  static ApiResponse setEmail(ApiClient client, String email) {
    return client.patch("/api/v1/me", "{\"email\": \"" + email + "\"}");
  }

  /**
   * Sets {@code client}'s address to {@code <handle>@<domain>}, sends the queued verification email
   * and returns the token of its link.
   */
  String linkSentTo(ApiClient client, String domain) throws MessagingException {
    String address = address(client, domain);
    setEmail(client, address);
    deliver();
    return mailbox.verificationToken(address);
  }

  /** The address {@code <handle>@<domain>} of {@code client}. */
  static String address(ApiClient client, String domain) {
    return client.name() + "@" + domain;
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
