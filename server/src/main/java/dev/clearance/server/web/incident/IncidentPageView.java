package dev.clearance.server.web.incident;

import dev.clearance.server.incident.IncidentView;
import dev.clearance.server.web.Links;
import java.util.Map;

/**
 * One incident for its responders ({@code incident/incident.jte}): the report, its updates, and the
 * forms of the steps its status allows.
 *
 * @param notice what the last step did, shown after its redirect, or {@code null}
 * @param failed the form whose post was refused ({@code acknowledge}, {@code updates}, {@code
 *     resolve}, {@code reject}: the last segment of its path), or {@code null}
 * @param error why, or {@code null}
 * @param typed what was typed in the refused form, by field name
 */
public record IncidentPageView(
    String org,
    IncidentView incident,
    PlaybookWords playbook,
    String notice,
    String failed,
    FormError error,
    Map<String, String> typed) {

  public IncidentPageView {
    typed = Map.copyOf(typed);
  }

  /** The incident as shown after a read, with the notice of the step just taken, if any. */
  static IncidentPageView of(
      String org, IncidentView incident, PlaybookWords playbook, String notice) {
    return new IncidentPageView(org, incident, playbook, notice, null, null, Map.of());
  }

  /** Where the form of {@code step} posts. */
  public String action(String step) {
    return path() + "/" + step;
  }

  /** This page. */
  public String path() {
    return Links.incident(org, incident.id());
  }

  /** The organization's incidents. */
  public String listPath() {
    return Links.incidents(org);
  }

  /** The page of the release reported. */
  public String releasePath() {
    return Links.release(incident.org(), incident.model(), incident.releaseVersion());
  }

  public boolean open() {
    return incident.status().equals("received") || incident.status().equals("acknowledged");
  }

  public boolean received() {
    return incident.status().equals("received");
  }

  /** The error of {@code form}, when it is the form refused. */
  public FormError errorOf(String form) {
    return form.equals(failed) ? error : null;
  }

  /** The refusal, when the form refused is no longer shown (the incident moved on). */
  public FormError errorWithoutForm() {
    if (error == null) {
      return null;
    }
    boolean shown = "acknowledge".equals(failed) ? received() : open();
    return shown ? null : error;
  }

  /** What was typed in {@code field} of {@code form} before a refusal, else {@code fallback}. */
  public String typed(String form, String field, String fallback) {
    return form.equals(failed) ? typed.getOrDefault(field, fallback) : fallback;
  }
}
