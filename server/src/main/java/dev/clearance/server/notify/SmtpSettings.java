package dev.clearance.server.notify;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the registry sends email.
 *
 * @param from the sender address, e.g. {@code clearance@registry.example.org}
 * @param username for SMTP AUTH, if the server needs it
 * @param password for SMTP AUTH (from the environment, never from the command line); never logged
 * @throws IllegalArgumentException for a blank host or sender, or a port out of range
 */
public record SmtpSettings(
    String host,
    int port,
    String from,
    SmtpSecurity security,
    Optional<String> username,
    Optional<String> password) {

  public SmtpSettings {
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("SMTP host is missing");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("SMTP port must be 1 to 65535, was " + port);
    }
    if (from == null || !from.contains("@")) {
      throw new IllegalArgumentException("SMTP sender address is missing or has no @");
    }
    if (password.isPresent() && username.isEmpty()) {
      throw new IllegalArgumentException("an SMTP password needs a user name");
    }
  }

  /** Leaves the password out, so logs never carry it. */
  @Override
  public String toString() {
    return "SmtpSettings[host="
        + host
        + ", port="
        + port
        + ", from="
        + from
        + ", security="
        + security
        + ", username="
        + username.orElse("")
        + "]";
  }
}
