package dev.clearance.server.evaluator;

import java.util.List;

/**
 * The body of {@code POST /api/v1/evaluator-applications}; checked by {@link ApplicationForm}.
 *
 * @param affiliation the institution or group the applicant works with (up to 200 characters)
 * @param expertise areas of expertise, 1 to 20 items of up to 100 characters
 * @param statement statement of purpose: why and how the applicant wants to evaluate models (up to
 *     5000 characters)
 * @param conflicts declared conflicts of interest; required, {@code []} when there are none
 */
public record ApplicationRequest(
    String affiliation,
    List<String> expertise,
    String statement,
    List<ConflictRequest> conflicts) {}
