package dev.clearance.server.identity;

import dev.clearance.store.Names;

/**
 * Body of {@code POST /api/v1/orgs}.
 *
 * @param slug the organization's unique name in URLs
 * @param admin the handle of an existing user, who becomes the organization's first admin
 * @throws IllegalArgumentException naming the field when one is missing or invalid
 */
public record OrganizationRequest(String slug, String displayName, String admin) {

  public OrganizationRequest {
    Names.checkSlug("slug", slug);
    displayName = Names.checkText("displayName", displayName);
    Names.checkSlug("admin", admin);
  }
}
