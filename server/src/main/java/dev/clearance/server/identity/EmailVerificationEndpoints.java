package dev.clearance.server.identity;

import static dev.clearance.server.identity.IdentityEndpoints.IDENTITY;

import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.notify.EmailVerification;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import dev.clearance.server.route.Principal;
import dev.clearance.store.identity.User;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifying email addresses: notifications are emailed only to an address its owner verified by
 * opening a link sent to it ({@link EmailVerification}). Setting or changing an address (sign-up,
 * bootstrap, {@code PATCH /api/v1/me}) sends the first link; these endpoints send another and take
 * a link's token.
 */
public final class EmailVerificationEndpoints {

  /** The shortest time between two links for one account. */
  public static final Duration RESEND_AFTER = Duration.ofMinutes(1);

  private static final String SEND_AGAIN =
      "Sign in and send a new link from your account page (/account), or with POST"
          + " /api/v1/me/email-verification.";

  private EmailVerificationEndpoints() {}

  static List<Endpoint> list(RegistryContext context) {
    return List.of(
        Endpoint.of(
            Method.POST,
            "/api/v1/me/email-verification",
            "requestEmailVerification",
            IDENTITY,
            "Email the caller a new link that verifies their address (at most one a minute)",
            Access.signedIn(),
            EmailVerificationView.class,
            202,
            (ctx, caller) -> ctx.status(202).json(sendLink(context, ctx, caller))),
        Endpoint.withBody(
            Method.POST,
            "/api/v1/email-verifications",
            "verifyEmail",
            IDENTITY,
            "Verify an email address with the token of the link emailed to it (no sign-in needed:"
                + " the token shows that its holder reads the mailbox)",
            Access.anyone(),
            EmailVerificationRequest.class,
            "{\"token\":\"clrv_...\"}",
            EmailVerificationView.class,
            200,
            (ctx, caller) ->
                ctx.json(verify(context, Json.read(ctx, EmailVerificationRequest.class).token()))));
  }

  /** Queues a new link for the caller's address; the refusals name what to do instead. */
  public static EmailVerificationView sendLink(
      RegistryContext context, Context ctx, Principal caller) {
    if (!context.notifier().emailEnabled()) {
      throw ApiException.conflict(
          "email_not_configured",
          "this registry sends no email, so it cannot send a verification link",
          Map.of(),
          "Ask the registry's operator to configure email (clearance serve --smtp-host); until"
              + " then notifications reach you in the inbox (/inbox).");
    }
    return StoreCalls.transaction(
        context.db(),
        tx -> {
          User user = tx.users().find(caller.requireUserId()).orElseThrow();
          if (user.email() == null) {
            throw ApiException.conflict(
                "no_email",
                "your account has no email address to verify",
                Map.of("field", "email"),
                "Set one first (PATCH /api/v1/me {\"email\": ...}); a link is sent to it then.");
          }
          if (user.emailVerified()) {
            throw ApiException.conflict(
                "already_verified",
                "your address " + user.email() + " is verified already",
                Map.of("field", "email"),
                "Nothing to do: notifications are emailed there.");
          }
          Optional<Instant> last = context.notifier().lastEmailVerification(tx, user.id());
          Instant now = context.clock().instant();
          if (last.isPresent() && last.get().plus(RESEND_AFTER).isAfter(now)) {
            throw tooSoon(ctx, Duration.between(now, last.get().plus(RESEND_AFTER)));
          }
          context.notifier().requestEmailVerification(tx, user);
          return new EmailVerificationView(user.handle(), user.email(), false, true);
        });
  }

  /**
   * Verifies the address a token was made for, if the account still has it; idempotent for an
   * address verified already. Refuses a token that is malformed, forged or for another address
   * (400) and one that has expired (410).
   */
  public static EmailVerificationView verify(RegistryContext context, String token) {
    EmailVerification.Claim claim =
        context.notifier().verification().read(token).orElseThrow(() -> invalid("is malformed"));
    return StoreCalls.transaction(
        context.db(),
        tx -> {
          User user =
              tx.users()
                  .find(claim.userId())
                  .filter(User::isActive)
                  .orElseThrow(() -> invalid("names no active account"));
          if (!claim.isFor(user.email())) {
            throw invalid(
                "is not valid for the account's current address (it was changed after the link"
                    + " was sent, or the link was cut short)");
          }
          if (user.emailVerified()) {
            return new EmailVerificationView(user.handle(), user.email(), true, false);
          }
          if (!claim.expires().isAfter(context.clock().instant())) {
            throw new ApiException(
                410,
                new ApiError(
                    "token_expired",
                    "the verification link expired at " + claim.expires(),
                    Map.of("expiredAt", claim.expires().toString()),
                    SEND_AGAIN));
          }
          User verified =
              tx.users()
                  .markEmailVerified(user.id(), user.email())
                  .orElseThrow(() -> invalid("was used while the address changed"));
          IdentityEndpoints.audit(
              context,
              tx,
              user.id(),
              "user.verify_email",
              user.id(),
              null,
              null,
              null,
              Map.of("fields", List.of("email")));
          return new EmailVerificationView(verified.handle(), verified.email(), true, false);
        });
  }

  private static ApiException invalid(String problem) {
    return ApiException.badRequest(
        "invalid_token", "the verification token " + problem, Map.of("field", "token"), SEND_AGAIN);
  }

  private static ApiException tooSoon(Context ctx, Duration wait) {
    return ApiException.tooManyRequests(
        ctx,
        "too_soon",
        "a verification link was sent less than a minute ago",
        wait,
        "Look for the last link in your mailbox (and its spam folder) first; links work for "
            + EmailVerification.VALID_FOR.toHours()
            + " hours.");
  }
}
