package dev.clearance.server.web.steward;

import dev.clearance.server.evaluator.ApplicationView;
import dev.clearance.server.web.Pager;
import java.util.List;

/**
 * The stewards' vetting page ({@code /steward/vetting?status=…}): evaluator applications by status
 * with the decisions a steward may take on them (REV-3).
 *
 * @param status the status shown: {@code pending}, {@code vetted} or {@code suspended}
 */
public record VettingView(
    String status, List<Tab> tabs, List<ApplicationView> applications, Pager pager) {

  public VettingView {
    tabs = List.copyOf(tabs);
    applications = List.copyOf(applications);
  }
}
