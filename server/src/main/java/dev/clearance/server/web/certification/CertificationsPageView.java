package dev.clearance.server.web.certification;

import dev.clearance.server.certification.CertificationView;
import dev.clearance.server.web.Pager;
import dev.clearance.server.web.steward.Tab;
import java.util.List;

/**
 * The public list of certifications ({@code certification/list.jte}); stewards also see requests
 * and get the forms of their decisions.
 *
 * @param status the status filter shown, or {@code null} for all
 * @param steward whether the viewer decides (certify, decline, revoke)
 */
public record CertificationsPageView(
    List<Tab> tabs,
    String status,
    List<CertificationView> items,
    Pager pager,
    boolean steward,
    int defaultValidDays,
    int maxValidDays) {

  public CertificationsPageView {
    tabs = List.copyOf(tabs);
    items = List.copyOf(items);
  }
}
