package dev.clearance.server.notify;

import java.util.Objects;

/**
 * One plain-text email.
 *
 * @param to the recipient's address
 * @param subject one line
 * @param text the body, plain text
 */
public record MailMessage(String to, String subject, String text) {

  public MailMessage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    if (subject.chars().anyMatch(c -> c == '\r' || c == '\n')) {
      throw new IllegalArgumentException("an email subject is one line");
    }
  }

  /** Leaves the address and text out of logs. */
  @Override
  public String toString() {
    return "MailMessage[subject=" + subject + "]";
  }
}
