package dev.clearance.server.web;

import dev.clearance.server.route.Principal;
import dev.clearance.store.identity.GlobalRole;
import java.util.ArrayList;
import java.util.List;

/**
 * The main navigation by role: the catalog for everyone, then the areas the viewer works in. The
 * paths are the entry pages of the areas (docs/web.md); signing in and out is shown by the layout.
 */
final class Navigation {

  private Navigation() {}

  static List<NavEntry> entries(Principal caller, String path) {
    List<NavEntry> entries = new ArrayList<>();
    entries.add(entry("Catalog", "/", path));
    List<String> organizations = caller.memberships().keySet().stream().sorted().toList();
    if (organizations.size() == 1) {
      entries.add(entry("My organization", "/orgs/" + organizations.get(0), path));
    } else if (organizations.size() > 1) {
      entries.add(entry("My organizations", "/orgs", path));
    }
    if (caller.has(GlobalRole.EVALUATOR)) {
      entries.add(entry("Review", "/review", path));
    } else if (!caller.isAnonymous()
        && organizations.isEmpty()
        && !caller.has(GlobalRole.AUDITOR)
        && !caller.isSteward()) {
      entries.add(entry("Become an evaluator", "/review", path));
    }
    if (caller.has(GlobalRole.AUDITOR)) {
      entries.add(entry("Audits", "/audits", path));
    }
    if (caller.isSteward()) {
      entries.add(entry("Stewardship", "/steward", path));
    }
    if (!caller.isAnonymous()) {
      entries.add(entry("Inbox", "/inbox", path));
    }
    return entries;
  }

  private static NavEntry entry(String label, String href, String path) {
    boolean current =
        href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
    return new NavEntry(label, href, current);
  }
}
