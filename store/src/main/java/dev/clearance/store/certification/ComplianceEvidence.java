package dev.clearance.store.certification;

/**
 * What the registry knows of an organization's compliance with a framework version, for the
 * stewards' decision on its certification: its releases and their latest checks under that version,
 * how it answered findings, and how it handled incidents.
 *
 * @param releases every release of the organization, drafts included
 * @param published those past review: released, deprecated, retracted, superseded or reverted
 * @param checked those checked at least once under the version
 * @param passing those whose latest check under the version passed every required requirement
 * @param findings findings filed on its releases (duplicates left out)
 * @param findingsOverdue those whose response deadline passed unanswered at some point
 * @param incidents incidents reported on its releases (LIFE-2)
 * @param incidentsOpen those still waiting for the organization
 * @param incidentsLate those acknowledged or closed after a deadline, or still waiting past one
 */
public record ComplianceEvidence(
    int releases,
    int published,
    int checked,
    int passing,
    int findings,
    int findingsOverdue,
    int incidents,
    int incidentsOpen,
    int incidentsLate) {}
