package dev.clearance.policy;

import dev.clearance.document.InputException;
import dev.clearance.document.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the {@code incidents} block of a policy into {@link IncidentRules}; see docs/policy.md. */
final class IncidentRulesReader {

  private IncidentRulesReader() {}

  static IncidentRules read(PolicyFields top) throws InputException {
    Node node = top.required("incidents");
    PolicyFields incidents = PolicyFields.of(node, "incidents");
    incidents.onlyKeys("kinds", "severities");
    return new IncidentRules(kinds(incidents, node), severities(incidents, node));
  }

  private static List<IncidentKind> kinds(PolicyFields incidents, Node node) throws InputException {
    List<IncidentKind> kinds = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node item : incidents.list("kinds")) {
      PolicyFields fields = PolicyFields.of(item, "a kind of incidents");
      fields.onlyKeys("id", "title", "help");
      String id = fields.text("id");
      if (!ids.add(id)) {
        throw PolicyFields.error(item, "incident kind '%s' is listed twice".formatted(id));
      }
      kinds.add(new IncidentKind(id, fields.text("title"), fields.text("help")));
    }
    if (kinds.isEmpty()) {
      throw PolicyFields.error(
          node, "incidents must list what may be reported under 'kinds' (e.g. harm)");
    }
    return kinds;
  }

  private static List<IncidentSeverity> severities(PolicyFields incidents, Node node)
      throws InputException {
    List<IncidentSeverity> severities = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node item : incidents.list("severities")) {
      PolicyFields fields = PolicyFields.of(item, "a severity of incidents");
      fields.onlyKeys("id", "title", "acknowledge_hours", "resolve_days", "escalate");
      String id = fields.text("id");
      if (!ids.add(id)) {
        throw PolicyFields.error(item, "incident severity '%s' is listed twice".formatted(id));
      }
      int acknowledgeHours = (int) fields.wholeNumber("acknowledge_hours", 1, 8760);
      int resolveDays = (int) fields.wholeNumber("resolve_days", 1, 365);
      if (acknowledgeHours > resolveDays * 24) {
        throw PolicyFields.error(
            item,
            "incident severity '%s' gives %d hours to acknowledge but only %d days to resolve;"
                    .formatted(id, acknowledgeHours, resolveDays)
                + " acknowledgement must be due first");
      }
      severities.add(
          new IncidentSeverity(
              id,
              fields.text("title"),
              acknowledgeHours,
              resolveDays,
              fields.flag("escalate", false)));
    }
    if (severities.isEmpty()) {
      throw PolicyFields.error(
          node, "incidents must list the severity scale under 'severities', lowest first");
    }
    return severities;
  }
}
