/**
 * Third-party auditors (REV-6): audit firms and their auditors approved by stewards, auditors'
 * signing keys, declared conflicts of interest, engagements of an auditor for a release, and the
 * audit attestations the registry verified. Rows of decisions are never deleted: a status or a
 * {@code withdrawn_at}/{@code revoked_at} time records the change.
 */
package dev.clearance.store.auditor;
