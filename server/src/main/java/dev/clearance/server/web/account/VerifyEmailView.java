package dev.clearance.server.web.account;

/**
 * The page that takes a verification link (template {@code account/verifyEmail.jte}): a button to
 * verify (opening a link changes nothing by itself, since mail scanners open links too), then the
 * outcome.
 *
 * @param token the link's token, to send with the button, or {@code null} once it was used or when
 *     the link had none
 * @param handle the account whose address was verified, or {@code null}
 * @param verifiedEmail the address verified, or {@code null} before or after a failure
 * @param error why verifying failed, or {@code null}
 * @param hint what to do about it, or {@code null}
 */
public record VerifyEmailView(
    String token, String handle, String verifiedEmail, String error, String hint) {

  static VerifyEmailView ask(String token) {
    return new VerifyEmailView(token, null, null, null, null);
  }
}
