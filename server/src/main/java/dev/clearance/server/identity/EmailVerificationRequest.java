package dev.clearance.server.identity;

/**
 * Body of {@code POST /api/v1/email-verifications}: the token of a verification link.
 *
 * @throws IllegalArgumentException when the token is missing
 */
public record EmailVerificationRequest(String token) {

  public EmailVerificationRequest {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("token is missing");
    }
    token = token.strip();
  }

  /** Leaves the token out, so logs never carry it. */
  @Override
  public String toString() {
    return "EmailVerificationRequest[token=…]";
  }
}
