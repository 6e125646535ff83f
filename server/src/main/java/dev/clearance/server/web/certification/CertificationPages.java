package dev.clearance.server.web.certification;

import dev.clearance.server.certification.CertificationList;
import dev.clearance.server.certification.CertificationReads;
import dev.clearance.server.certification.CertificationView;
import dev.clearance.server.certification.Certifications;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.http.PathNames;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Page;
import dev.clearance.server.route.Principal;
import dev.clearance.server.web.PageRenderer;
import dev.clearance.server.web.Pager;
import dev.clearance.server.web.steward.Tab;
import dev.clearance.store.PageRequest;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * Certification pages (ACC-2): the public list, with the stewards' decisions on it, and an
 * organization's page where its admins ask for certification and withdraw it. Every change is a
 * form that {@code clearance.js} sends to the API.
 */
public final class CertificationPages {

  private static final String LIST = "/certifications";

  private CertificationPages() {}

  public static List<Page> list(RegistryContext context, PageRenderer renderer) {
    return List.of(
        Page.get(
            LIST,
            "certifications",
            Access.anyone(),
            (ctx, caller) ->
                renderer.page(
                    ctx,
                    caller,
                    "Certified organizations",
                    "certification/list.jte",
                    listView(context, ctx, caller))),
        Page.get(
            "/orgs/{org}/certification",
            "organizationCertification",
            Access.orgAdmin(),
            (ctx, caller) -> {
              String org = PathNames.slug(ctx, "org", "organization");
              renderer.page(
                  ctx,
                  caller,
                  "Certification of " + org,
                  "certification/org.jte",
                  orgView(context, caller, org));
            }));
  }

  private static CertificationsPageView listView(
      RegistryContext context, Context ctx, Principal caller) {
    String status = ctx.queryParam("status");
    if (status != null && !CertificationReads.STATUS_FILTERS.contains(status)) {
      status = null;
    }
    CertificationList found = CertificationReads.all(context, caller, status, PageParams.of(ctx));
    List<Tab> tabs = new ArrayList<>();
    tabs.add(new Tab("All", LIST, status == null));
    for (String filter : CertificationReads.STATUS_FILTERS) {
      if (caller.isSteward() || !filter.equals("requested") && !filter.equals("declined")) {
        tabs.add(
            new Tab(
                Character.toUpperCase(filter.charAt(0)) + filter.substring(1),
                LIST + "?status=" + filter,
                filter.equals(status)));
      }
    }
    String base = status == null ? LIST : LIST + "?status=" + status;
    return new CertificationsPageView(
        tabs,
        status,
        found.items(),
        Pager.byCursor(base, ctx.queryParam("after"), found.next()),
        caller.isSteward(),
        Certifications.DEFAULT_VALID_DAYS,
        Certifications.MAX_VALID_DAYS);
  }

  private static OrgCertificationView orgView(
      RegistryContext context, Principal caller, String org) {
    List<CertificationView> items =
        new ArrayList<>(
            CertificationReads.ofOrganization(context, caller, org, PageRequest.first(200))
                .items());
    java.util.Collections.reverse(items);
    String policy = context.policy().ref().toString();
    boolean open =
        items.stream()
            .anyMatch(item -> item.policy().equals(policy) && OrgCertificationView.open(item));
    return new OrgCertificationView(org, policy, items, !open);
  }
}
