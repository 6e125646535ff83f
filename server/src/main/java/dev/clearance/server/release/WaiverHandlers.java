package dev.clearance.server.release;

import dev.clearance.release.Guard;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.store.ConflictException;
import dev.clearance.store.release.Waiver;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Steward waivers (REV-1): {@code POST …/waivers} {@code {guard, reason}} lets a release pass a
 * waivable guard (only {@code checks_pass}) with a recorded reason; audit action {@code
 * release.waive}. A waiver holds for the release, across later checks.
 */
final class WaiverHandlers {

  private final RegistryContext context;

  WaiverHandlers(RegistryContext context) {
    this.context = context;
  }

  void post(Context ctx, Principal caller) {
    WaiverRequest request = Json.read(ctx, WaiverRequest.class);
    Guard guard = waivable(request.guard());
    if (request.reason() == null || request.reason().isBlank()) {
      throw ApiException.badRequest(
          "invalid_value",
          "a waiver needs a reason",
          Map.of("field", "reason"),
          "Say why the failed checks may be accepted; the reason goes into the audit log.");
    }
    String reason = request.reason().strip();
    Waiver waiver;
    try {
      waiver =
          context
              .db()
              .transaction(
                  tx -> {
                    ReleaseRef ref = ReleaseLookup.releaseToChange(tx, caller, ctx);
                    if (!ref.release().state().isPreRelease()) {
                      throw ApiException.conflict(
                          "release_public",
                          "release is " + ref.release().state().wireName() + "; nothing to waive",
                          Map.of("state", ref.release().state().wireName()),
                          "Waivers apply to releases before they are released.");
                    }
                    Waiver added =
                        tx.waivers()
                            .add(ref.release().id(), guard.code(), caller.requireUserId(), reason);
                    ReleaseEvents.append(
                        context.audit(),
                        tx,
                        caller.requireUserId(),
                        "waive",
                        ref,
                        ref.release(),
                        ref.release().state().wireName(),
                        reason,
                        Map.of("guard", guard.code()));
                    return added;
                  });
    } catch (ConflictException already) {
      throw ApiException.conflict(
          "already_waived",
          guard.code() + " is already waived for this release",
          Map.of("guard", guard.code()),
          "Nothing to do: the waiver holds.");
    }
    ctx.status(201)
        .json(new WaiverView(guard.code(), caller.handle(), reason, Times.iso(waiver.createdAt())));
  }

  private static Guard waivable(String code) {
    String waivable =
        Arrays.stream(Guard.values())
            .filter(Guard::waivable)
            .map(Guard::code)
            .collect(Collectors.joining(", "));
    if (code != null) {
      for (Guard guard : Guard.values()) {
        if (guard.code().equals(code) && guard.waivable()) {
          return guard;
        }
      }
    }
    throw ApiException.badRequest(
        "invalid_value",
        "guard '"
            + (code == null ? "" : code.replaceAll("\\p{Cntrl}", "?"))
            + "' cannot be waived; only "
            + waivable
            + " can",
        Map.of("field", "guard"),
        "Other guards hold by facts (time, responses, attestations), not by a steward's word.");
  }
}
