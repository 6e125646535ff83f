package dev.clearance.server.web.audit;

import dev.clearance.server.auditor.AuditorKeyList;
import dev.clearance.server.auditor.ConflictList;
import dev.clearance.server.auditor.EngagementPage;
import dev.clearance.server.web.Pager;
import java.util.List;

/**
 * What the auditor's page {@code /audits} shows: the caller's engagements with their reports and
 * verified attestations, the conflicts declared by their firm and its auditors, and their signing
 * keys, each as the API gives them ({@code GET /api/v1/me/engagements}, {@code GET
 * /api/v1/audit-firms/{firm}/conflicts}, {@code GET /api/v1/auditors/{user}/keys}).
 *
 * @param firm the slug of the caller's audit firm, {@code null} when no firm approved them
 */
public record AuditsView(
    String handle,
    String firm,
    EngagementPage engagements,
    Pager pager,
    ConflictList conflicts,
    AuditorKeyList keys) {

  /** Kinds of conflict an auditor declares toward an organization. */
  public static final List<String> CONFLICT_KINDS =
      List.of("ownership", "funding", "employment", "paid_engagement");

  /** The API path of the caller's engagement {@code id}. */
  public static String engagementPath(String id) {
    return "/api/v1/me/engagements/" + id;
  }
}
