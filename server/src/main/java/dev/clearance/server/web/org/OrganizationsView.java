package dev.clearance.server.web.org;

import dev.clearance.server.web.Links;
import dev.clearance.server.web.Pager;
import java.util.List;

/**
 * The organizations a person works in (template {@code org/organizations.jte}); stewards, who may
 * open every organization's dashboard, see every organization, paged.
 *
 * @param steward true when the list is every organization of the registry
 */
public record OrganizationsView(List<Entry> organizations, boolean steward, Pager pager) {

  public OrganizationsView {
    organizations = List.copyOf(organizations);
  }

  /**
   * One organization.
   *
   * @param role the viewer's role there ({@code releaser}, {@code admin}), or {@code null} when
   *     they are not a member
   */
  public record Entry(String slug, String displayName, String role) {

    /** The organization's dashboard. */
    public String href() {
      return Links.organization(slug);
    }
  }
}
