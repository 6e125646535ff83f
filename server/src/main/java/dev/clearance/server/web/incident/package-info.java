/**
 * The incident pages (LIFE-2): the report form of a released model and its confirmation with the
 * tracking reference, the tracking page for reporters, and the organization's incident list and
 * incident page where its releasers acknowledge, update, resolve and reject. The forms are plain
 * HTML posts that work without JavaScript; they run the same code as the API ({@code
 * incident.IncidentReporting}, {@code incident.IncidentSteps}).
 */
package dev.clearance.server.web.incident;
