package dev.clearance.server.registry;

import dev.clearance.server.route.Page;
import dev.clearance.server.web.PageRenderer;
import dev.clearance.server.web.Website;
import dev.clearance.server.web.account.AccountPages;
import dev.clearance.server.web.audit.AuditPages;
import dev.clearance.server.web.catalog.CatalogPages;
import dev.clearance.server.web.certification.CertificationPages;
import dev.clearance.server.web.inbox.InboxPages;
import dev.clearance.server.web.incident.IncidentPages;
import dev.clearance.server.web.org.OrgPages;
import dev.clearance.server.web.review.ReviewPages;
import dev.clearance.server.web.steward.StewardPages;
import dev.clearance.server.web.transparency.TransparencyPages;
import java.util.ArrayList;
import java.util.List;

/** Every web page of the registry, by area; the one place where an area's pages join. */
final class RegistryPages {

  private RegistryPages() {}

  static Website website(RegistryContext context, String version) {
    PageRenderer renderer = new PageRenderer(version);
    List<Page> pages = new ArrayList<>();
    pages.addAll(CatalogPages.list(context, renderer));
    pages.addAll(AccountPages.list(context, renderer));
    pages.addAll(InboxPages.list(context, renderer));
    pages.addAll(StewardPages.list(context, renderer));
    pages.addAll(OrgPages.list(context, renderer));
    pages.addAll(ReviewPages.list(context, renderer));
    pages.addAll(AuditPages.list(context, renderer));
    pages.addAll(CertificationPages.list(context, renderer));
    pages.addAll(IncidentPages.list(context, renderer));
    pages.addAll(TransparencyPages.list(context, renderer));
    return new Website(renderer, pages);
  }
}
