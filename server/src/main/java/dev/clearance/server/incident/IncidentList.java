package dev.clearance.server.incident;

import java.util.List;

/** One page of incidents; {@code next} is the cursor of the next page, or null. */
public record IncidentList(List<IncidentView> items, String next) {}
