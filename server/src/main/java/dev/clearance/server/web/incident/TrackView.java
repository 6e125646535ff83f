package dev.clearance.server.web.incident;

import dev.clearance.server.incident.IncidentView;
import dev.clearance.server.web.Links;

/**
 * The tracking page ({@code incident/track.jte}): the form that asks for a tracking reference and,
 * once one is given, the report it tracks.
 *
 * @param reference the reference entered, or {@code null}
 * @param incident the report, as its reporter sees it; {@code null} before a reference is entered
 *     or when it tracks nothing
 * @param error why the reference was not accepted, or {@code null}
 */
public record TrackView(
    String reference, IncidentView incident, PlaybookWords playbook, FormError error) {

  /** The page of the release reported. */
  public String releasePath() {
    return Links.release(incident.org(), incident.model(), incident.releaseVersion());
  }
}
