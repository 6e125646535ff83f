package dev.clearance.server.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.clearance.server.notify.NotificationConfig;
import dev.clearance.server.notify.SmtpSecurity;
import dev.clearance.server.notify.SmtpSettings;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server in the test's process (GreenMail on a free loopback port) that a test registry
 * sends its email to, and what arrived there.
 */
public final class TestMailbox implements AutoCloseable {

  /** The sender address of test registries. */
  public static final String FROM = "clearance@registry.example.org";

  private static final Pattern VERIFY_LINK =
      Pattern.compile("/account/verify-email\\?token=(clrv_[A-Za-z0-9._-]+)");

  private final GreenMail smtp;

  private TestMailbox(GreenMail smtp) {
    this.smtp = smtp;
  }

  /** Starts a mailbox on a free loopback port. */
  public static TestMailbox start() {
    GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return new TestMailbox(smtp);
  }

  /** Notification settings of a registry that sends its email here. */
  public NotificationConfig notificationConfig() {
    return TestNotifications.config(
        Optional.of(
            new SmtpSettings(
                "127.0.0.1",
                smtp.getSmtp().getPort(),
                FROM,
                SmtpSecurity.NONE,
                Optional.empty(),
                Optional.empty())));
  }

  /** How many messages arrived so far. */
  public int count() {
    return smtp.getReceivedMessages().length;
  }

  /** The messages to {@code address}, oldest first. */
  public List<MimeMessage> messagesTo(String address) throws MessagingException {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(to -> to.toString().equals(address))) {
        found.add(message);
      }
    }
    return found;
  }

  /** The token of the newest verification link emailed to {@code address}. */
  public String verificationToken(String address) throws MessagingException {
    List<MimeMessage> messages = messagesTo(address);
    for (int i = messages.size() - 1; i >= 0; i--) {
      Matcher link = VERIFY_LINK.matcher(text(messages.get(i)));
      if (link.find()) {
        return link.group(1);
      }
    }
    throw new AssertionError("no verification link was emailed to " + address);
  }

  /** The decoded plain-text body of {@code message}. */
  public static String text(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (MessagingException | java.io.IOException e) {
      throw new AssertionError("cannot read a received message: " + e, e);
    }
  }

  @Override
  public void close() {
    smtp.stop();
  }
}
