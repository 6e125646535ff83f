package dev.clearance.server.notify;

/** How the SMTP connection is protected. */
public enum SmtpSecurity {
  /** Plain SMTP (a relay on the same host or a trusted network only). */
  NONE,
  /** Plain connection upgraded with STARTTLS, which the server must offer (port 587). */
  STARTTLS,
  /** TLS from the first byte (SMTPS, port 465). */
  TLS
}
