package dev.clearance.server.web.inbox;

import dev.clearance.server.http.PageParams;
import dev.clearance.server.notify.Inbox;
import dev.clearance.server.notify.NotificationList;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Page;
import dev.clearance.server.web.PageRenderer;
import dev.clearance.server.web.Pager;
import java.util.List;

/**
 * The inbox page {@code GET /inbox} for everyone signed in: notifications about their releases,
 * findings, access and vetting, newest first, with {@code ?unread=true} for the unread ones.
 * Marking read goes to the API ({@code POST /api/v1/me/notifications/{id}/read}, {@code
 * …/read-all}).
 */
public final class InboxPages {

  private InboxPages() {}

  public static List<Page> list(RegistryContext context, PageRenderer renderer) {
    return List.of(
        Page.get(
            "/inbox",
            "inbox",
            Access.signedIn(),
            (ctx, caller) -> {
              boolean unreadOnly = "true".equals(ctx.queryParam("unread"));
              NotificationList found = Inbox.read(context, caller, unreadOnly, PageParams.of(ctx));
              String path = unreadOnly ? "/inbox?unread=true" : "/inbox";
              renderer.page(
                  ctx,
                  caller,
                  "Inbox",
                  "inbox/inbox.jte",
                  new InboxView(
                      unreadOnly,
                      found.unread(),
                      caller.isSteward(),
                      found.items(),
                      Pager.byCursor(path, ctx.queryParam("after"), found.next())));
            }));
  }
}
