/**
 * Third-party auditors and signed audit attestations (REV-6, ACC-4): stewards approve audit firms
 * and their auditors; auditors register their Ed25519 keys and declare conflicts of interest; a
 * releasing organization engages an approved, unconflicted auditor for a release; the auditor
 * accepts (and then sees the release's pre-release material), files a report and a signed
 * attestation for the release's root digest, which the registry verifies. {@link
 * dev.clearance.server.auditor.AuditEngagements} is what the release workflow asks: who may see a
 * release, and whether a valid attestation covers it.
 */
package dev.clearance.server.auditor;
