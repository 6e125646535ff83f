package dev.clearance.server.auditor;

/**
 * A declared conflict of interest as the API shows it (a public disclosure).
 *
 * @param id the declaration's id (to withdraw it)
 * @param party {@code auditor} or {@code firm}
 * @param auditor the auditor's handle for an auditor's declaration, absent for a firm's
 * @param firm the firm's slug
 * @param organization the organization's slug
 * @param endedOn the day a paid engagement ended, absent for other kinds
 * @param declaredBy the handle of the auditor who declared it
 * @param withdrawnAt when it was withdrawn, absent while declared
 * @param counts whether it counts as a conflict now, by the server's clock
 */
public record ConflictView(
    String id,
    String party,
    String auditor,
    String firm,
    String organization,
    String kind,
    String endedOn,
    String note,
    String declaredBy,
    String declaredAt,
    String withdrawnAt,
    boolean counts) {}
