/**
 * Findings of community review (REV-4, REV-5): what evaluators file on a release following the
 * policy's template, the organization's responses, the evaluator's one contest and the steward's
 * decision, comments and evidence attachments. Who may do what is the caller's check.
 */
package dev.clearance.store.finding;
