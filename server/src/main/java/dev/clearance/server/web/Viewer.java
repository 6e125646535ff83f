package dev.clearance.server.web;

import dev.clearance.server.route.Principal;
import dev.clearance.store.identity.GlobalRole;
import java.util.List;

/**
 * Who is looking at a page, as the layout shows them.
 *
 * @param roles registry role codes, sorted, e.g. {@code [evaluator, steward]}
 * @param organizations slugs of the organizations the viewer belongs to, sorted
 */
public record Viewer(
    boolean signedIn, String handle, List<String> roles, List<String> organizations) {

  public Viewer {
    roles = List.copyOf(roles);
    organizations = List.copyOf(organizations);
  }

  static Viewer of(Principal caller) {
    if (caller.isAnonymous()) {
      return new Viewer(false, "", List.of(), List.of());
    }
    return new Viewer(
        true,
        caller.handle(),
        caller.roles().stream().map(GlobalRole::code).sorted().toList(),
        caller.memberships().keySet().stream().sorted().toList());
  }
}
