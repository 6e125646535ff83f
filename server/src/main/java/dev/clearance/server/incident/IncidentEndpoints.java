package dev.clearance.server.incident;

import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import java.util.List;

/** The incident endpoints (LIFE-2); see docs/incidents.md. */
public final class IncidentEndpoints {

  static final String TAG = "incidents";
  static final String RELEASE_INCIDENTS =
      "/api/v1/orgs/{org}/models/{model}/releases/{version}/incidents";
  static final String ORG_INCIDENTS = "/api/v1/orgs/{org}/incidents";
  static final String ORG_INCIDENT = ORG_INCIDENTS + "/{incident}";

  private IncidentEndpoints() {}

  /** Every incident endpoint, each with its access rule. */
  public static List<Endpoint> list(RegistryContext context) {
    IncidentHandlers handlers = new IncidentHandlers(context);
    return List.of(
        Endpoint.of(
            Method.GET,
            "/api/v1/incident-playbook",
            "getIncidentPlaybook",
            TAG,
            "The registry's incident playbook: what may be reported, the severities with their"
                + " deadlines to acknowledge and resolve, and who responds",
            Access.anyone(),
            PlaybookView.class,
            handlers::playbook),
        Endpoint.withBody(
            Method.POST,
            RELEASE_INCIDENTS,
            "reportIncident",
            TAG,
            "Report harm caused by a released model or dispute one of its outputs (no sign-in"
                + " needed); the answer holds the tracking reference, shown once",
            Access.anyone(),
            IncidentReportRequest.class,
            "{\"kind\": \"output-dispute\", \"severity\": \"medium\", \"summary\": \"States a"
                + " wrong drug interaction as fact\", \"details\": \"Asked whether ibuprofen and"
                + " warfarin can be combined; it said yes, without warning.\", \"remedy\":"
                + " \"Correct the answer and warn about bleeding risk.\"}",
            ReportedView.class,
            201,
            handlers::report),
        Endpoint.of(
            Method.GET,
            "/api/v1/incident-reports/{reference}",
            "trackIncident",
            TAG,
            "A report, its status, deadlines and updates, read with its tracking reference",
            Access.anyone(),
            IncidentView.class,
            handlers::track),
        Endpoint.of(
            Method.GET,
            "/api/v1/me/incidents",
            "listMyIncidents",
            TAG,
            "The reports the caller filed while signed in, oldest first (paginated: limit, after)",
            Access.signedIn(),
            IncidentList.class,
            handlers::mine),
        Endpoint.of(
            Method.GET,
            "/api/v1/incidents",
            "listIncidents",
            TAG,
            "Incidents of every organization, oldest first (paginated: limit, after;"
                + " status=open|overdue|received|acknowledged|resolved|rejected)",
            Access.steward(),
            IncidentList.class,
            handlers::list),
        Endpoint.of(
            Method.GET,
            ORG_INCIDENTS,
            "listOrganizationIncidents",
            TAG,
            "Incidents of the organization's releases, oldest first (paginated: limit, after;"
                + " status=open|overdue|received|acknowledged|resolved|rejected)",
            Access.releaserOrSteward(),
            IncidentList.class,
            handlers::listOfOrganization),
        Endpoint.of(
            Method.GET,
            ORG_INCIDENT,
            "getIncident",
            TAG,
            "One incident with its reporter and updates; ETag is its revision",
            Access.releaserOrSteward(),
            IncidentView.class,
            handlers::get),
        Endpoint.withBody(
            Method.POST,
            ORG_INCIDENT + "/acknowledge",
            "acknowledgeIncident",
            TAG,
            "Acknowledge a report, confirming its severity or setting another (the resolution"
                + " deadline follows it), with a note to the reporter (If-Match optional)",
            Access.releaserOrSteward(),
            AcknowledgeRequest.class,
            "{\"severity\": \"high\", \"note\": \"We reproduced it and are working on a fix.\"}",
            IncidentView.class,
            200,
            handlers::acknowledge),
        Endpoint.withBody(
            Method.POST,
            ORG_INCIDENT + "/updates",
            "updateIncident",
            TAG,
            "Tell the reporter of an open incident what is happening (If-Match optional)",
            Access.releaserOrSteward(),
            NoteRequest.class,
            "{\"note\": \"A fixed version is in review.\"}",
            IncidentView.class,
            200,
            handlers::update),
        Endpoint.withBody(
            Method.POST,
            ORG_INCIDENT + "/resolve",
            "resolveIncident",
            TAG,
            "Resolve an open incident, saying what was done (If-Match optional)",
            Access.releaserOrSteward(),
            ResolutionRequest.class,
            "{\"resolution\": \"Version 1.0.1 warns about the interaction.\"}",
            IncidentView.class,
            200,
            handlers::resolve),
        Endpoint.withBody(
            Method.POST,
            ORG_INCIDENT + "/reject",
            "rejectIncident",
            TAG,
            "Reject an open incident, saying why the report does not hold (If-Match optional)",
            Access.releaserOrSteward(),
            ResolutionRequest.class,
            "{\"resolution\": \"The output quoted is from another model; ours refuses.\"}",
            IncidentView.class,
            200,
            handlers::reject));
  }
}
