package dev.clearance.server.web.steward;

/**
 * One tab of a steward queue: a filter shown as a link.
 *
 * @param current true for the tab being shown ({@code aria-current="page"})
 */
public record Tab(String label, String href, boolean current) {}
