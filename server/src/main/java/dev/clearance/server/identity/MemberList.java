package dev.clearance.server.identity;

import java.util.List;

/**
 * One page of an organization's members.
 *
 * @param next the {@code after} value of the next page, absent on the last page
 */
public record MemberList(List<MemberView> items, String next) {

  public MemberList {
    items = List.copyOf(items);
  }
}
