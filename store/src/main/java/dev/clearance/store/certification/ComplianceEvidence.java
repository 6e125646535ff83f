package dev.clearance.store.certification;

/**
 * What the registry knows of an organization's compliance with a framework version, for the
 * stewards' decision on its certification: its releases and their latest checks under that version.
 *
 * @param releases every release of the organization, drafts included
 * @param published those past review: released, deprecated, retracted, superseded or reverted
 * @param checked those checked at least once under the version
 * @param passing those whose latest check under the version passed every required requirement
 */
public record ComplianceEvidence(int releases, int published, int checked, int passing) {}
