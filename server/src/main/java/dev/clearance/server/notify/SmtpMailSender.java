package dev.clearance.server.notify;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sends email over SMTP (Jakarta Mail): plain, STARTTLS (required, not opportunistic) or TLS from
 * the first byte, with optional AUTH. Every connect, read and write is bounded by the timeout, so a
 * silent server cannot hold the delivery job.
 */
public final class SmtpMailSender implements MailSender {

  private final SmtpSettings settings;
  private final Session session;

  /** Sends through {@code settings}, waiting at most {@code timeout} for each step. */
  public SmtpMailSender(SmtpSettings settings, Duration timeout) {
    this.settings = settings;
    String millis = Long.toString(timeout.toMillis());
    String protocol = settings.security() == SmtpSecurity.TLS ? "smtps" : "smtp";
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", protocol);
    String prefix = "mail." + protocol + ".";
    properties.put(prefix + "host", settings.host());
    properties.put(prefix + "port", Integer.toString(settings.port()));
    properties.put(prefix + "from", settings.from());
    properties.put(prefix + "connectiontimeout", millis);
    properties.put(prefix + "timeout", millis);
    properties.put(prefix + "writetimeout", millis);
    properties.put(prefix + "auth", Boolean.toString(settings.username().isPresent()));
    if (settings.security() == SmtpSecurity.STARTTLS) {
      properties.put(prefix + "starttls.enable", "true");
      properties.put(prefix + "starttls.required", "true");
    }
    if (settings.security() != SmtpSecurity.NONE) {
      properties.put(prefix + "ssl.checkserveridentity", "true");
    }
    Authenticator authenticator =
        settings.username().isEmpty()
            ? null
            : new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(
                    settings.username().get(), settings.password().orElse(""));
              }
            };
    this.session = Session.getInstance(properties, authenticator);
  }

  @Override
  public void send(MailMessage message) throws MailException {
    try {
      MimeMessage mime = new MimeMessage(session);
      mime.setFrom(new InternetAddress(settings.from(), true));
      mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), true));
      mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
      mime.setText(message.text(), StandardCharsets.UTF_8.name());
      mime.setSentDate(new Date());
      Transport.send(mime);
    } catch (SMTPSendFailedException refused) {
      throw new MailException(
          "the mail server refused the message: " + oneLine(refused.getMessage()),
          refused.getReturnCode(),
          refused);
    } catch (MessagingException e) {
      throw new MailException(
          "sending through " + settings.host() + ":" + settings.port() + " failed: " + cause(e),
          null,
          e);
    }
  }

  private static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root == e ? e.getMessage() : e.getMessage() + " (" + root + ")";
    return oneLine(String.valueOf(message));
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
