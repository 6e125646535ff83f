/**
 * The organization pages (issue 7): a person's organizations, an organization's dashboard (its
 * releases by state with what blocks each one, findings awaiting its response, access requests),
 * the management page of one release (transitions, responses to findings, evaluators' access,
 * rollout, audit engagement) and the account's API tokens. The pages only read; every change is a
 * form that {@code clearance.js} sends to the JSON API.
 */
package dev.clearance.server.web.org;
