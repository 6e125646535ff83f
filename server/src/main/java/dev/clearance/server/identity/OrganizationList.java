package dev.clearance.server.identity;

import java.util.List;

/**
 * One page of organizations, oldest first.
 *
 * @param next the {@code after} value of the next page, absent on the last page
 */
public record OrganizationList(List<OrganizationView> items, String next) {

  public OrganizationList {
    items = List.copyOf(items);
  }
}
