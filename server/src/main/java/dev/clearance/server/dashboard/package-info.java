/**
 * The organization dashboard (issue 7): an organization's releases by state, each with what blocks
 * it. Built on the release decisions of {@link dev.clearance.server.release.ReleaseDecider}, so the
 * dashboard shows the reasons a transition would give.
 */
package dev.clearance.server.dashboard;
