/**
 * Certification (ACC-2): an organization attests compliance with the registry's framework version,
 * stewards certify it for a validity period or decline it, and revoke it; the organization may
 * withdraw. Every decision is an audit entry; certifications that were granted are public. See
 * docs/certification.md.
 */
package dev.clearance.server.certification;
