package dev.clearance.server.notify;

import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The endpoints of notifications (issue 6 item 7): the caller's inbox, organization webhooks (their
 * admins) and registry-wide webhooks (stewards).
 */
public final class NotificationEndpoints {

  private static final String TAG = "notifications";
  private static final String INBOX = "/api/v1/me/notifications";
  private static final String EXAMPLE =
      "{\"url\": \"https://hooks.example.org/clearance\", \"events\": [\"window_opened\","
          + " \"finding_filed\"], \"active\": true}";

  private NotificationEndpoints() {}

  public static List<Endpoint> list(RegistryContext context) {
    NotificationConfig config = context.notifier().config();
    InboxHandlers inbox = new InboxHandlers(context);
    List<Endpoint> endpoints = new ArrayList<>();
    endpoints.add(
        Endpoint.of(
            Method.GET,
            INBOX,
            "listNotifications",
            TAG,
            "The caller's notifications, newest first (paginated: limit, after; unread=true for"
                + " unread only)",
            Access.signedIn(),
            NotificationList.class,
            inbox::list));
    endpoints.add(
        Endpoint.of(
            Method.POST,
            INBOX + "/{notificationId}/read",
            "markNotificationRead",
            TAG,
            "Mark one of the caller's notifications read",
            Access.signedIn(),
            Void.class,
            204,
            inbox::markRead));
    endpoints.add(
        Endpoint.of(
            Method.POST,
            INBOX + "/read-all",
            "markAllNotificationsRead",
            TAG,
            "Mark every notification of the caller read",
            Access.signedIn(),
            ReadAllResult.class,
            inbox::markAllRead));
    endpoints.addAll(
        webhooks(
            new WebhookHandlers(context, config, true),
            "/api/v1/orgs/{org}/webhooks",
            "OrgWebhook",
            "the organization's",
            Access.orgAdmin()));
    endpoints.addAll(
        webhooks(
            new WebhookHandlers(context, config, false),
            "/api/v1/webhooks",
            "RegistryWebhook",
            "the registry-wide (stewards' events)",
            Access.steward()));
    return endpoints;
  }

  private static List<Endpoint> webhooks(
      WebhookHandlers handlers, String base, String name, String whose, Access access) {
    String one = base + "/{webhookId}";
    return List.of(
        Endpoint.withBody(
            Method.POST,
            base,
            "create" + name,
            TAG,
            "Register one of " + whose + " webhooks; its signing secret is in this answer only",
            access,
            WebhookRequest.class,
            EXAMPLE,
            CreatedWebhook.class,
            201,
            handlers::create),
        Endpoint.of(
            Method.GET,
            base,
            "list" + name + "s",
            TAG,
            "List " + whose + " webhooks, without secrets",
            access,
            WebhookList.class,
            handlers::list),
        Endpoint.of(
            Method.GET,
            one,
            "get" + name,
            TAG,
            "One of " + whose + " webhooks; ETag is its version",
            access,
            WebhookView.class,
            handlers::get),
        Endpoint.withBody(
            Method.PATCH,
            one,
            "update" + name,
            TAG,
            "Change URL, event kinds or the active flag of one of "
                + whose
                + " webhooks (If-Match: \"<version>\" optional)",
            access,
            WebhookUpdate.class,
            "{\"active\": false}",
            WebhookView.class,
            200,
            handlers::update),
        Endpoint.of(
            Method.DELETE,
            one,
            "delete" + name,
            TAG,
            "Delete one of " + whose + " webhooks and its deliveries",
            access,
            Void.class,
            204,
            handlers::delete),
        Endpoint.of(
            Method.GET,
            one + "/deliveries",
            "list" + name + "Deliveries",
            TAG,
            "Deliveries of one of "
                + whose
                + " webhooks, newest first: status, attempts, last status code or error, next"
                + " attempt (paginated: limit, after)",
            access,
            DeliveryList.class,
            handlers::deliveries));
  }
}
