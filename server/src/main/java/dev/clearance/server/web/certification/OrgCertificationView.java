package dev.clearance.server.web.certification;

import dev.clearance.server.certification.CertificationView;
import java.util.List;

/**
 * An organization's certification page ({@code certification/org.jte}) for its admins.
 *
 * @param policy the framework version the registry certifies against, e.g. {@code rrf@2025.1}
 * @param items the organization's certifications, newest first
 * @param canRequest whether none is open for {@code policy}, so a request may be made
 */
public record OrgCertificationView(
    String org, String policy, List<CertificationView> items, boolean canRequest) {

  public OrgCertificationView {
    items = List.copyOf(items);
  }

  /** Whether {@code item} may still be withdrawn: a request, or a certification that holds. */
  public static boolean open(CertificationView item) {
    return item.status().equals("requested") || item.status().equals("certified");
  }
}
