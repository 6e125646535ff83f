package dev.clearance.server.auditor;

import java.util.List;

/**
 * One page of audit firms, in order of approval.
 *
 * @param next the {@code after} value of the next page, absent on the last page
 */
public record FirmList(List<FirmView> items, String next) {

  public FirmList {
    items = List.copyOf(items);
  }
}
