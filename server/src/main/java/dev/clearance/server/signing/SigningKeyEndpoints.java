package dev.clearance.server.signing;

import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PathNames;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import dev.clearance.server.route.Principal;
import dev.clearance.store.ConflictException;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.signing.SigningKey;
import dev.clearance.store.signing.SigningKeyRepository;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signing keys of organizations (ART-2, ACC-4): {@code PUT /api/v1/orgs/{org}/keys/{key}} registers
 * a public key (org admins; 201, or 200 when that key already has that name), {@code GET} lists and
 * reads them (anyone: public keys are public), {@code DELETE} revokes one (org admins; the row
 * stays, revoked, because releases verified with it still name it). Each change appends {@code
 * key.add} or {@code key.revoke} to the audit log in the same transaction (ACC-1).
 */
public final class SigningKeyEndpoints {

  private static final String TAG = "signing";
  private static final String KEYS = "/api/v1/orgs/{org}/keys";
  private static final String KEY = KEYS + "/{key}";

  /** A real Ed25519 public key, as the example body of the OpenAPI document. */
  static final String EXAMPLE_PEM =
      "-----BEGIN PUBLIC KEY-----\\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE="
          + "\\n-----END PUBLIC KEY-----\\n";

  private SigningKeyEndpoints() {}

  /** The key endpoints, each with its access rule. */
  public static List<Endpoint> list(RegistryContext context) {
    return List.of(
        Endpoint.withBody(
            Method.PUT,
            KEY,
            "putSigningKey",
            TAG,
            "Register a public signing key of the organization (Ed25519 or ECDSA P-256 PEM, as"
                + " clearance keygen writes it): 201, or 200 when already registered so",
            Access.orgAdmin(),
            SigningKeyRequest.class,
            "{\"publicKeyPem\": \"" + EXAMPLE_PEM + "\"}",
            SigningKeyView.class,
            201,
            (ctx, caller) -> put(context, ctx, caller)),
        Endpoint.of(
            Method.GET,
            KEYS,
            "listSigningKeys",
            TAG,
            "The organization's signing keys with their PEM, revoked ones included",
            Access.anyone(),
            SigningKeyList.class,
            (ctx, caller) -> list(context, ctx)),
        Endpoint.of(
            Method.GET,
            KEY,
            "getSigningKey",
            TAG,
            "One signing key of the organization with its PEM (save it for clearance verify --key)",
            Access.anyone(),
            SigningKeyView.class,
            (ctx, caller) -> get(context, ctx)),
        new Endpoint(
            Method.DELETE,
            KEY,
            "revokeSigningKey",
            TAG,
            "Revoke a signing key: new checks no longer accept bundles it signed; it stays listed",
            Access.orgAdmin(),
            Optional.empty(),
            Optional.empty(),
            Void.class,
            204,
            (ctx, caller) -> revoke(context, ctx, caller)));
  }

  private record Outcome(SigningKey key, boolean created) {}

  private static void put(RegistryContext context, Context ctx, Principal caller) {
    String slug = PathNames.slug(ctx, "org", "organization");
    String keyName = PathNames.slug(ctx, "key", "key");
    PublicKeyPem pem = PublicKeyPem.parse(Json.read(ctx, SigningKeyRequest.class).publicKeyPem());
    Outcome outcome;
    try {
      outcome =
          context
              .db()
              .transaction(
                  tx -> {
                    Organization org = organization(tx, slug);
                    SigningKeyRepository keys = SigningKeys.keys(tx);
                    Optional<SigningKey> existing = keys.findByName(org.id(), keyName);
                    if (existing.isPresent()) {
                      return new Outcome(unchanged(existing.get(), pem, slug), false);
                    }
                    Optional<SigningKey> sameKey = keys.findByHint(org.id(), pem.keyHint());
                    if (sameKey.isPresent()) {
                      throw ApiException.conflict(
                          "key_registered",
                          "this key is already registered for '"
                              + slug
                              + "' as '"
                              + sameKey.get().name()
                              + "'",
                          Map.of("key", sameKey.get().name()),
                          "Use the existing name; a key has one name in its organization.");
                    }
                    SigningKey added =
                        keys.add(
                            org.id(), keyName, pem.algorithm(), pem.canonicalPem(), pem.keyHint());
                    audit(context, tx, caller, "key.add", org, added, null, "active");
                    return new Outcome(added, true);
                  });
    } catch (ConflictException raced) {
      throw ApiException.conflict(
          "taken",
          "another signing key of '" + slug + "' already has this " + raced.field(),
          Map.of("field", raced.field()),
          "Read the keys again (GET " + KEYS.replace("{org}", slug) + ") and retry.");
    }
    if (outcome.created()) {
      ctx.header("Location", SigningKeys.path(slug, keyName));
    }
    ctx.status(outcome.created() ? 201 : 200).json(SigningKeyView.of(outcome.key()));
  }

  /** The existing key when {@code pem} is that key; else 409 (a name stays bound to its key). */
  private static SigningKey unchanged(SigningKey existing, PublicKeyPem pem, String slug) {
    if (!existing.keyHint().equals(pem.keyHint())) {
      throw ApiException.conflict(
          "key_name_taken",
          "'" + slug + "' already has another key named '" + existing.name() + "'",
          Map.of("key", existing.name()),
          "Register the new key under a new name; releases verified with the old key keep"
              + " naming it. Revoke the old one (DELETE) if it must no longer be trusted.");
    }
    if (existing.isRevoked()) {
      throw ApiException.conflict(
          "key_revoked",
          "key '" + existing.name() + "' of '" + slug + "' was revoked at " + existing.revokedAt(),
          Map.of("key", existing.name()),
          "A revoked key cannot be registered again: create a new key pair (clearance keygen)"
              + " and register it under a new name.");
    }
    return existing;
  }

  private static void list(RegistryContext context, Context ctx) {
    String slug = PathNames.slug(ctx, "org", "organization");
    SigningKeyList keys =
        context
            .db()
            .withHandle(
                handle -> {
                  Repositories tx = context.db().repositories(handle);
                  Organization org = organization(tx, slug);
                  return new SigningKeyList(
                      SigningKeys.keys(tx).listByOrganization(org.id()).stream()
                          .map(SigningKeyView::of)
                          .toList());
                });
    ctx.json(keys);
  }

  private static void get(RegistryContext context, Context ctx) {
    String slug = PathNames.slug(ctx, "org", "organization");
    String keyName = PathNames.slug(ctx, "key", "key");
    SigningKey key =
        context
            .db()
            .withHandle(
                handle -> {
                  Repositories tx = context.db().repositories(handle);
                  return find(tx, organization(tx, slug), keyName);
                });
    ctx.json(SigningKeyView.of(key));
  }

  private static void revoke(RegistryContext context, Context ctx, Principal caller) {
    String slug = PathNames.slug(ctx, "org", "organization");
    String keyName = PathNames.slug(ctx, "key", "key");
    context
        .db()
        .transaction(
            tx -> {
              Organization org = organization(tx, slug);
              SigningKey key = find(tx, org, keyName);
              Optional<SigningKey> revoked = SigningKeys.keys(tx).revoke(key.id());
              revoked.ifPresent(
                  done -> audit(context, tx, caller, "key.revoke", org, done, "active", "revoked"));
              return null;
            });
    ctx.status(204);
  }

  private static void audit(
      RegistryContext context,
      Repositories tx,
      Principal caller,
      String action,
      Organization org,
      SigningKey key,
      String before,
      String after) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("key", key.id());
    details.put("name", key.name());
    details.put("keyHint", key.keyHint());
    details.put("algorithm", key.algorithm());
    context
        .audit()
        .append(
            tx,
            new AuditEvent(
                caller.requireUserId(), action, org.id(), before, after, null, details, false));
  }

  private static Organization organization(Repositories tx, String slug) {
    return tx.organizations()
        .findBySlug(slug)
        .orElseThrow(() -> ApiException.notFound("organization '" + slug + "'"));
  }

  private static SigningKey find(Repositories tx, Organization org, String keyName) {
    return SigningKeys.keys(tx)
        .findByName(org.id(), keyName)
        .orElseThrow(
            () -> ApiException.notFound("signing key '" + keyName + "' of '" + org.slug() + "'"));
  }
}
