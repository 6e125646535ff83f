/**
 * Evaluator vetting (REV-3): signed-in users apply to become vetted evaluators (affiliation,
 * expertise, statement of purpose, declared conflicts of interest); stewards approve or reject
 * applications, and later suspend, reinstate or revoke evaluators. The global {@code evaluator}
 * role follows the vetting status. Other features ask {@link
 * dev.clearance.server.evaluator.Evaluators} whether a user is vetted and which organizations they
 * are conflicted with.
 */
package dev.clearance.server.evaluator;
