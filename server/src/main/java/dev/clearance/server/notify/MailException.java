package dev.clearance.server.notify;

/**
 * An email could not be handed to the mail server. The message says why (e.g. the server's reply)
 * and never carries a password.
 */
public final class MailException extends Exception {

  private static final long serialVersionUID = 1L;

  private final Integer replyCode;

  /**
   * @param replyCode the SMTP reply code that refused it, or {@code null} when none came back
   */
  public MailException(String message, Integer replyCode, Throwable cause) {
    super(message, cause);
    this.replyCode = replyCode;
  }

  /** The SMTP reply code that refused the message, or {@code null}. */
  public Integer replyCode() {
    return replyCode;
  }
}
