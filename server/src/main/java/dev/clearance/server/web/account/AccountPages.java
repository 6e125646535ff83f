package dev.clearance.server.web.account;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.identity.EmailVerificationEndpoints;
import dev.clearance.server.identity.EmailVerificationView;
import dev.clearance.server.identity.MeView;
import dev.clearance.server.identity.Sessions;
import dev.clearance.server.identity.SignInRequest;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Page;
import dev.clearance.server.route.Principal;
import dev.clearance.server.web.LocalPath;
import dev.clearance.server.web.PageRenderer;
import dev.clearance.server.web.Sentence;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/**
 * The account page ({@code GET /account}: who you are, your profile sent to {@code PATCH
 * /api/v1/me} by {@code clearance.js}), and signing in and out as plain HTML forms, which work
 * without JavaScript (OPS-3): the same sign-in as {@code POST /api/v1/session} ({@link Sessions}),
 * with its throttle and its one answer for an unknown handle or a wrong password. After signing in
 * the browser goes (303) to the local path {@code next}.
 */
public final class AccountPages {

  private static final String TITLE = "Sign in";
  private static final String TEMPLATE = "account/login.jte";
  private static final String VERIFY_TITLE = "Verify your email address";
  private static final String VERIFY_TEMPLATE = "account/verifyEmail.jte";

  private AccountPages() {}

  public static List<Page> list(RegistryContext context, PageRenderer renderer) {
    return List.of(
        Page.get(
            "/login",
            "signInForm",
            Access.anyone(),
            (ctx, caller) ->
                renderer.page(
                    ctx,
                    caller,
                    TITLE,
                    TEMPLATE,
                    LoginView.blank(LocalPath.orHome(ctx.queryParam("next"))))),
        Page.post(
            "/login",
            "signIn",
            Access.anyone(),
            (ctx, caller) -> signIn(context, renderer, ctx, caller)),
        Page.get(
            "/account",
            "account",
            Access.signedIn(),
            (ctx, caller) ->
                renderer.page(
                    ctx,
                    caller,
                    "Your account",
                    "account/account.jte",
                    MeView.of(context.db(), caller))),
        Page.get(
            "/account/verify-email",
            "verifyEmailForm",
            Access.anyone(),
            (ctx, caller) -> verifyEmailForm(renderer, ctx, caller)),
        Page.post(
            "/account/verify-email",
            "verifyEmail",
            Access.anyone(),
            (ctx, caller) -> verifyEmail(context, renderer, ctx, caller)),
        Page.post(
            "/logout",
            "signOut",
            Access.signedIn(),
            (ctx, caller) -> {
              Sessions.signOut(context, ctx);
              ctx.redirect("/", HttpStatus.SEE_OTHER);
            }));
  }

  private static void signIn(
      RegistryContext context, PageRenderer renderer, Context ctx, Principal caller) {
    String handle = text(ctx.formParam("handle"));
    String password = ctx.formParam("password");
    String next = LocalPath.orHome(ctx.formParam("next"));
    if (handle.isEmpty() || password == null || password.isEmpty()) {
      String field = handle.isEmpty() ? "handle" : "password";
      ctx.status(400);
      renderer.page(
          ctx,
          caller,
          TITLE,
          TEMPLATE,
          new LoginView(handle, next, "Enter your " + field + ".", null, field));
      return;
    }
    try {
      Sessions.signIn(context, ctx, new SignInRequest(handle, password));
    } catch (ApiException e) {
      ctx.status(e.status());
      renderer.page(
          ctx,
          caller,
          TITLE,
          TEMPLATE,
          new LoginView(handle, next, Sentence.of(e.error().message()), e.error().hint(), null));
      return;
    }
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  private static void verifyEmailForm(PageRenderer renderer, Context ctx, Principal caller) {
    String token = text(ctx.queryParam("token"));
    if (token.isEmpty()) {
      ctx.status(400);
      renderer.page(
          ctx,
          caller,
          VERIFY_TITLE,
          VERIFY_TEMPLATE,
          new VerifyEmailView(
              null,
              null,
              null,
              "This link holds no token.",
              "Open the whole link from the email; if your mail program cut it, copy it into the"
                  + " address bar."));
      return;
    }
    renderer.page(ctx, caller, VERIFY_TITLE, VERIFY_TEMPLATE, VerifyEmailView.ask(token));
  }

  private static void verifyEmail(
      RegistryContext context, PageRenderer renderer, Context ctx, Principal caller) {
    VerifyEmailView view;
    try {
      EmailVerificationView verified =
          EmailVerificationEndpoints.verify(context, text(ctx.formParam("token")));
      view = new VerifyEmailView(null, verified.handle(), verified.email(), null, null);
    } catch (ApiException e) {
      ctx.status(e.status());
      view =
          new VerifyEmailView(null, null, null, Sentence.of(e.error().message()), e.error().hint());
    }
    renderer.page(ctx, caller, VERIFY_TITLE, VERIFY_TEMPLATE, view);
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
