package dev.clearance.server.web;

/**
 * One link of the main navigation.
 *
 * @param current whether the page shown is this entry's (rendered as {@code aria-current="page"})
 */
public record NavEntry(String label, String href, boolean current) {}
