package dev.clearance.server.notify;

import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.IfMatch;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Ids;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.StaleVersionException;
import dev.clearance.store.notify.Delivery;
import dev.clearance.store.notify.StoredEvent;
import dev.clearance.store.notify.Webhook;
import io.javalin.http.Context;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Webhooks of an organization (its admins) or of the registry (stewards): register (the signing
 * secret is in that answer only), list, read, change, delete, and list deliveries with their
 * attempts. A webhook of another owner is answered 404. Changes are audited ({@code
 * webhook.create|update|delete}, subject the webhook id) without the URL's path or query, which may
 * carry the receiver's own tokens.
 */
final class WebhookHandlers {

  /** The most webhooks one organization (or the registry) may have. */
  static final int MAX_PER_OWNER = 20;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final RegistryContext context;
  private final WebhookInput input;
  private final boolean ofOrganization;

  /**
   * @param ofOrganization true for {@code /orgs/{org}/webhooks}, false for the registry's
   */
  WebhookHandlers(RegistryContext context, NotificationConfig config, boolean ofOrganization) {
    this.context = context;
    this.input = new WebhookInput(new WebhookTargets(config.allowPrivateTargets()));
    this.ofOrganization = ofOrganization;
  }

  /** Who owns the webhooks of a request: an organization, or the registry (ids null). */
  private record Owner(String orgId, String orgSlug) {}

  void create(Context ctx, Principal caller) {
    WebhookRequest request = Json.read(ctx, WebhookRequest.class);
    String url = input.url(request.url());
    Set<String> kinds = input.events(request.events());
    boolean active = request.active() == null || request.active();
    String secret = "whsec_" + randomText();
    Webhook created =
        context
            .db()
            .transaction(
                tx -> {
                  Owner owner = owner(tx, ctx);
                  if (Notifications.webhooks(tx).listByOwner(owner.orgId(), false).size()
                      >= MAX_PER_OWNER) {
                    throw ApiException.conflict(
                        "too_many_webhooks",
                        "there are " + MAX_PER_OWNER + " webhooks already",
                        Map.of("limit", MAX_PER_OWNER),
                        "Delete a webhook you no longer need, or add event kinds to one.");
                  }
                  Webhook webhook =
                      Notifications.webhooks(tx)
                          .add(
                              owner.orgId(),
                              url,
                              kinds,
                              context.notifier().secrets().seal(secret),
                              caller.requireUserId());
                  if (!active) {
                    webhook = Notifications.webhooks(tx).update(webhook.id(), 1, url, kinds, false);
                  }
                  audit(tx, caller, "create", null, webhook, owner);
                  return webhook;
                });
    ctx.status(201).json(new CreatedWebhook(WebhookView.of(created, slugOf(ctx)), secret));
  }

  void list(Context ctx, Principal caller) {
    WebhookList list =
        read(
            tx ->
                new WebhookList(
                    Notifications.webhooks(tx).listByOwner(owner(tx, ctx).orgId(), false).stream()
                        .map(webhook -> WebhookView.of(webhook, slugOf(ctx)))
                        .toList()));
    ctx.json(list);
  }

  void get(Context ctx, Principal caller) {
    Webhook webhook = read(tx -> webhook(tx, ctx));
    IfMatch.etag(ctx, webhook.version());
    ctx.json(WebhookView.of(webhook, slugOf(ctx)));
  }

  void update(Context ctx, Principal caller) {
    WebhookUpdate request = Json.read(ctx, WebhookUpdate.class);
    if (request.url() == null && request.events() == null && request.active() == null) {
      throw ApiException.badRequest(
          "invalid_body",
          "the change names no field",
          Map.of("field", "url"),
          "Send at least one of url, events and active.");
    }
    String url = request.url() == null ? null : input.url(request.url());
    Set<String> kinds = request.events() == null ? null : input.events(request.events());
    OptionalLong expected = IfMatch.version(ctx);
    Webhook changed;
    try {
      changed =
          context
              .db()
              .transaction(
                  tx -> {
                    Webhook before = webhook(tx, ctx);
                    IfMatch.check(expected, "webhook " + before.id(), before.version());
                    Webhook after =
                        Notifications.webhooks(tx)
                            .update(
                                before.id(),
                                before.version(),
                                url == null ? before.url() : url,
                                kinds == null ? before.eventKinds() : kinds,
                                request.active() == null ? before.active() : request.active());
                    audit(tx, caller, "update", before, after, owner(tx, ctx));
                    return after;
                  });
    } catch (StaleVersionException e) {
      throw ApiException.stale("the webhook", e.expectedVersion(), e.actualVersion());
    }
    IfMatch.etag(ctx, changed.version());
    ctx.json(WebhookView.of(changed, slugOf(ctx)));
  }

  void delete(Context ctx, Principal caller) {
    context
        .db()
        .transaction(
            tx -> {
              Webhook webhook = webhook(tx, ctx);
              Notifications.webhooks(tx).delete(webhook.id());
              audit(tx, caller, "delete", webhook, null, owner(tx, ctx));
              return null;
            });
    ctx.status(204);
  }

  void deliveries(Context ctx, Principal caller) {
    PageRequest request = PageParams.of(ctx);
    DeliveryList list =
        read(
            tx -> {
              Webhook webhook = webhook(tx, ctx);
              Page<Delivery> page =
                  Notifications.deliveries(tx).listByWebhook(webhook.id(), request);
              return new DeliveryList(
                  page.items().stream()
                      .map(
                          delivery ->
                              DeliveryView.of(
                                  delivery,
                                  Notifications.events(tx)
                                      .findEvent(delivery.eventId())
                                      .map(StoredEvent::kind)
                                      .orElse(null)))
                      .toList(),
                  page.nextCursor());
            });
    ctx.json(list);
  }

  private <T> T read(java.util.function.Function<Repositories, T> work) {
    return context.db().withHandle(handle -> work.apply(context.db().repositories(handle)));
  }

  private Owner owner(Repositories tx, Context ctx) {
    if (!ofOrganization) {
      return new Owner(null, null);
    }
    String slug = ctx.pathParam("org");
    return tx.organizations()
        .findBySlug(slug)
        .map(org -> new Owner(org.id(), org.slug()))
        .orElseThrow(() -> ApiException.notFound("organization '" + slug + "'"));
  }

  private String slugOf(Context ctx) {
    return ofOrganization ? ctx.pathParam("org") : null;
  }

  /** The webhook named by the path, if it belongs to the request's owner; else 404. */
  private Webhook webhook(Repositories tx, Context ctx) {
    String id = ctx.pathParam("webhookId");
    Owner owner = owner(tx, ctx);
    if (Ids.isValid(id)) {
      Webhook webhook = Notifications.webhooks(tx).find(id).orElse(null);
      if (webhook != null && java.util.Objects.equals(webhook.orgId(), owner.orgId())) {
        return webhook;
      }
    }
    String shown = id.length() > 64 ? id.substring(0, 64) + "..." : id;
    throw new ApiException(
        404,
        new ApiError(
            "not_found",
            "webhook '" + shown.replaceAll("\\p{Cntrl}", "?") + "' was not found",
            Map.of(),
            "List the webhooks with GET on the webhooks path and use an id from there."));
  }

  private void audit(
      Repositories tx, Principal caller, String verb, Webhook before, Webhook after, Owner owner) {
    Webhook shown = after != null ? after : before;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("owner", owner.orgSlug() == null ? "registry" : owner.orgSlug());
    details.put("host", URI.create(shown.url()).getHost());
    details.put("events", shown.eventKinds().stream().sorted().toList());
    context
        .audit()
        .append(
            tx,
            new AuditEvent(
                caller.requireUserId(),
                "webhook." + verb,
                shown.id(),
                before == null ? null : state(before),
                after == null ? null : state(after),
                null,
                details,
                false));
  }

  private static String state(Webhook webhook) {
    return webhook.active() ? "active" : "inactive";
  }

  private static String randomText() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
