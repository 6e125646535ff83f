package dev.clearance.server.notify;

/**
 * Hands emails to a mail system. The registry's implementation is {@link SmtpMailSender}; the
 * delivery job calls {@link #send} outside any database transaction, one message at a time per
 * thread, and retries failures with backoff.
 */
public interface MailSender {

  /**
   * Sends {@code message}, returning once the mail server accepted it.
   *
   * @throws MailException if it was refused or the server could not be reached in time
   */
  void send(MailMessage message) throws MailException;
}
