package dev.clearance.server.auditor;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PathNames;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.server.signing.PublicKeyPem;
import dev.clearance.server.signing.SigningKeyRequest;
import dev.clearance.store.ConflictException;
import dev.clearance.store.Repositories;
import dev.clearance.store.auditor.AuditorKey;
import dev.clearance.store.identity.User;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Auditors' signing keys (REV-6, ACC-4): an auditor registers their Ed25519 public keys ({@code
 * auditor_key.add}) and revokes them ({@code auditor_key.revoke}; the row stays, attestations
 * verified with it still name it); anyone may read them to verify attestations offline. A key
 * belongs to one auditor.
 */
final class AuditorKeyHandlers {

  private static final String MINE = "/api/v1/me/auditor-keys/";

  private final RegistryContext context;

  AuditorKeyHandlers(RegistryContext context) {
    this.context = context;
  }

  private record Outcome(AuditorKey key, boolean created) {}

  /** {@code PUT /api/v1/me/auditor-keys/{key}}: 201, or 200 when that key has that name already. */
  void put(Context ctx, Principal caller) {
    String name = PathNames.slug(ctx, "key", "key");
    PublicKeyPem pem = PublicKeyPem.parse(Json.read(ctx, SigningKeyRequest.class).publicKeyPem());
    if (!pem.algorithm().equals("ed25519")) {
      throw ApiException.badRequest(
          "invalid_key",
          "publicKeyPem is an " + pem.algorithm() + " key; auditors sign with Ed25519 keys",
          Map.of("field", "publicKeyPem"),
          "Create one with `clearance keygen --type ed25519 --out DIR` and send its public.pem.");
    }
    String userId = caller.requireUserId();
    Outcome outcome;
    try {
      outcome =
          context
              .db()
              .transaction(
                  tx -> {
                    Optional<AuditorKey> existing = Auditors.keys(tx).findByName(userId, name);
                    if (existing.isPresent()) {
                      return new Outcome(unchanged(existing.get(), pem), false);
                    }
                    Optional<AuditorKey> sameKey = Auditors.keys(tx).findByHint(pem.keyHint());
                    if (sameKey.isPresent()) {
                      throw registered(sameKey.get(), userId);
                    }
                    AuditorKey added =
                        Auditors.keys(tx)
                            .add(userId, name, pem.algorithm(), pem.canonicalPem(), pem.keyHint());
                    audit(tx, caller, "auditor_key.add", added, null, "active");
                    return new Outcome(added, true);
                  });
    } catch (ConflictException raced) {
      throw ApiException.conflict(
          "taken",
          "another key already has this " + raced.field(),
          Map.of("field", raced.field()),
          "Read your keys again (GET /api/v1/auditors/" + caller.handle() + "/keys) and retry.");
    }
    if (outcome.created()) {
      ctx.header("Location", MINE + name);
    }
    ctx.status(outcome.created() ? 201 : 200).json(AuditorKeyView.of(outcome.key()));
  }

  /** {@code DELETE /api/v1/me/auditor-keys/{key}}: 204; revoking twice changes nothing. */
  void revoke(Context ctx, Principal caller) {
    String name = PathNames.slug(ctx, "key", "key");
    context
        .db()
        .transaction(
            tx -> {
              AuditorKey key =
                  Auditors.keys(tx)
                      .findByName(caller.requireUserId(), name)
                      .orElseThrow(() -> ApiException.notFound("your auditor key '" + name + "'"));
              Auditors.keys(tx)
                  .revoke(key.id())
                  .ifPresent(
                      done -> audit(tx, caller, "auditor_key.revoke", done, "active", "revoked"));
              return null;
            });
    ctx.status(204);
  }

  /** {@code GET /api/v1/auditors/{user}/keys}: the auditor's keys with their PEM. */
  void list(Context ctx, Principal caller) {
    AuditorKeyList keys =
        context
            .db()
            .withHandle(
                handle -> {
                  Repositories tx = context.db().repositories(handle);
                  User user = Lookups.user(tx, ctx);
                  if (Auditors.auditors(tx).find(user.id()).isEmpty()) {
                    throw ApiException.notFound("auditor '" + user.handle() + "'");
                  }
                  return new AuditorKeyList(
                      Auditors.keys(tx).listByAuditor(user.id()).stream()
                          .map(AuditorKeyView::of)
                          .toList());
                });
    ctx.json(keys);
  }

  private static AuditorKey unchanged(AuditorKey existing, PublicKeyPem pem) {
    if (!existing.keyHint().equals(pem.keyHint())) {
      throw ApiException.conflict(
          "key_name_taken",
          "you already have another key named '" + existing.name() + "'",
          Map.of("key", existing.name()),
          "Register the new key under a new name; attestations verified with the old key keep"
              + " naming it. Revoke the old one (DELETE) if it must no longer be trusted.");
    }
    if (existing.isRevoked()) {
      throw ApiException.conflict(
          "key_revoked",
          "key '" + existing.name() + "' was revoked at " + existing.revokedAt(),
          Map.of("key", existing.name()),
          "A revoked key cannot be registered again: create a new key pair (clearance keygen)"
              + " and register it under a new name.");
    }
    return existing;
  }

  private static ApiException registered(AuditorKey sameKey, String userId) {
    if (sameKey.userId().equals(userId)) {
      return ApiException.conflict(
          "key_registered",
          "this key is already registered as '" + sameKey.name() + "'",
          Map.of("key", sameKey.name()),
          "Use the existing name; a key has one name.");
    }
    return ApiException.conflict(
        "key_registered",
        "this key is registered by another auditor",
        Map.of(),
        "Every auditor signs with their own key: create one with `clearance keygen --type"
            + " ed25519 --out DIR`.");
  }

  private void audit(
      Repositories tx,
      Principal caller,
      String action,
      AuditorKey key,
      String before,
      String after) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("key", key.id());
    details.put("name", key.name());
    details.put("keyHint", key.keyHint());
    details.put("algorithm", key.algorithm());
    AuditorEvents.person(context, tx, caller, action, key.userId(), before, after, null, details);
  }
}
