/**
 * The annual transparency report (ACC-3): adoption, releases per tier, compliance, findings and
 * response times, certifications, computed from the registry's public records for a calendar year,
 * as JSON, CSV and a web page. See docs/transparency-report.md.
 */
package dev.clearance.server.transparency;
