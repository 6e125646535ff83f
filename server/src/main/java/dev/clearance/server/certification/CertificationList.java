package dev.clearance.server.certification;

import java.util.List;

/**
 * One page of certifications, oldest first.
 *
 * @param next the {@code after} value of the next page, absent on the last page
 */
public record CertificationList(List<CertificationView> items, String next) {

  public CertificationList {
    items = List.copyOf(items);
  }
}
