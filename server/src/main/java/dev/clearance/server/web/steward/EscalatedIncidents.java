package dev.clearance.server.web.steward;

import dev.clearance.server.incident.IncidentList;
import dev.clearance.server.incident.IncidentReads;
import dev.clearance.server.incident.IncidentView;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.web.Links;
import dev.clearance.server.web.incident.PlaybookWords;
import dev.clearance.store.PageRequest;

/**
 * The stewards' queue of incidents (LIFE-2): open reports of every organization that were escalated
 * to the stewards or are past a deadline, read by {@link IncidentReads#escalated}. The first ones
 * link to the organization's incident page, where stewards may act as responders.
 */
final class EscalatedIncidents {

  /** Incidents listed on the start page; the rest are counted. */
  static final int SHOWN = 10;

  private EscalatedIncidents() {}

  /** The queue, counting up to {@code counted} incidents. */
  static StewardHomeView.Queue queue(RegistryContext context, int counted) {
    IncidentList found = IncidentReads.escalated(context, PageRequest.first(counted));
    PlaybookWords playbook = new PlaybookWords(context.policy().incidents());
    return new StewardHomeView.Queue(
        "Escalated incidents",
        null,
        "Reports of harm or disputed outputs that escalate at once or are past a deadline; the"
            + " organization responds, and you may respond for it.",
        found.items().size(),
        found.next() != null,
        found.items().stream().limit(SHOWN).map(incident -> item(playbook, incident)).toList());
  }

  private static StewardHomeView.Item item(PlaybookWords playbook, IncidentView incident) {
    return new StewardHomeView.Item(
        incident.org()
            + "/"
            + incident.model()
            + " "
            + incident.releaseVersion()
            + ": "
            + incident.summary(),
        Links.incident(incident.org(), incident.id()),
        playbook.severityTitle(incident.severity())
            + " · "
            + incident.status()
            + (incident.acknowledgementOverdue() ? " · acknowledgement overdue" : "")
            + (incident.resolutionOverdue() ? " · resolution overdue" : "")
            + (incident.escalatedAt() != null ? " · escalated" : ""));
  }
}
