package dev.clearance.server.web.account;

/**
 * The sign-in form (template {@code account/login.jte}).
 *
 * @param handle the handle typed before, shown again after a failure
 * @param next the local path to go to after signing in
 * @param error why the last attempt failed (e.g. the wait after too many failures), or {@code null}
 * @param hint what to do about it, or {@code null}
 * @param field the form field the error is about ({@code handle}, {@code password}), or {@code
 *     null}
 */
public record LoginView(String handle, String next, String error, String hint, String field) {

  static LoginView blank(String next) {
    return new LoginView("", next, null, null, null);
  }
}
