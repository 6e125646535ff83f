package dev.clearance.server.evaluator;

import dev.clearance.server.http.ApiException;
import dev.clearance.store.Names;
import dev.clearance.store.Repositories;
import dev.clearance.store.evaluator.ConflictKind;
import dev.clearance.store.evaluator.DeclaredConflict;
import dev.clearance.store.identity.Organization;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An {@link ApplicationRequest} checked field by field: every refusal is a 400 whose {@code
 * details.field} names the field (e.g. {@code conflicts[2].organization}) and whose hint says how
 * to fix it.
 *
 * @param conflicts the declared conflicts with their organization slugs, resolved against the
 *     registry by {@link #declaredConflicts}
 */
record ApplicationForm(
    String affiliation, List<String> expertise, String statement, List<Conflict> conflicts) {

  static final int MAX_AFFILIATION = 200;
  static final int MAX_EXPERTISE_ITEMS = 20;
  static final int MAX_EXPERTISE_ITEM = 100;
  static final int MAX_STATEMENT = 5000;
  static final int MAX_CONFLICTS = 50;
  static final int MAX_DESCRIPTION = 1000;

  /** One checked conflict; {@code organization} is a slug not yet looked up. */
  record Conflict(ConflictKind kind, String organization, String description, LocalDate date) {}

  /**
   * Checks {@code request}.
   *
   * @throws ApiException 400 naming the first field that is missing, too long or invalid
   */
  static ApplicationForm check(ApplicationRequest request) {
    String affiliation =
        FieldChecks.required("affiliation", request.affiliation(), MAX_AFFILIATION, false);
    List<String> expertise = expertise(request.expertise());
    String statement = FieldChecks.required("statement", request.statement(), MAX_STATEMENT, true);
    if (request.conflicts() == null) {
      throw FieldChecks.invalid(
          "conflicts",
          "conflicts is missing",
          "Declare your conflicts of interest; send \"conflicts\": [] if you have none.");
    }
    if (request.conflicts().size() > MAX_CONFLICTS) {
      throw FieldChecks.invalid(
          "conflicts",
          "conflicts has " + request.conflicts().size() + " items; at most " + MAX_CONFLICTS,
          "Group related conflicts into one item with a description.");
    }
    List<Conflict> conflicts = new ArrayList<>();
    for (int i = 0; i < request.conflicts().size(); i++) {
      conflicts.add(conflict("conflicts[" + i + "]", request.conflicts().get(i)));
    }
    return new ApplicationForm(affiliation, expertise, statement, conflicts);
  }

  /**
   * The conflicts with their organizations looked up in {@code tx}.
   *
   * @throws ApiException 400 {@code unknown_organization} naming the field of a slug that is not an
   *     organization of the registry
   */
  List<DeclaredConflict> declaredConflicts(Repositories tx) {
    List<DeclaredConflict> declared = new ArrayList<>();
    for (int i = 0; i < conflicts.size(); i++) {
      declared.add(declared(tx, "conflicts[" + i + "]", conflicts.get(i)));
    }
    return declared;
  }

  /**
   * One checked conflict with its organization looked up in {@code tx}; {@code field} names it in
   * errors ({@code conflicts[1]}, or empty for a conflict sent on its own).
   *
   * @throws ApiException 400 {@code unknown_organization} for a slug that is no organization
   */
  static DeclaredConflict declared(Repositories tx, String field, Conflict conflict) {
    String orgId = null;
    if (conflict.organization() != null) {
      String organizationField = FieldChecks.name(field, "organization");
      orgId =
          tx.organizations()
              .findBySlug(conflict.organization())
              .map(Organization::id)
              .orElseThrow(
                  () ->
                      ApiException.badRequest(
                          "unknown_organization",
                          organizationField
                              + " '"
                              + conflict.organization()
                              + "' is not an organization of this registry",
                          Map.of("field", organizationField),
                          "Use the slug of a registered organization (GET /api/v1/orgs), or"
                              + " leave out organization and name the party in description."));
    }
    return new DeclaredConflict(conflict.kind(), orgId, conflict.description(), conflict.date());
  }

  private static List<String> expertise(List<String> items) {
    if (items == null || items.isEmpty()) {
      throw FieldChecks.invalid(
          "expertise",
          "expertise is missing",
          "List your areas of expertise, e.g. [\"bias\", \"privacy\"].");
    }
    if (items.size() > MAX_EXPERTISE_ITEMS) {
      throw FieldChecks.invalid(
          "expertise",
          "expertise has " + items.size() + " items; at most " + MAX_EXPERTISE_ITEMS,
          "Name your main areas only.");
    }
    List<String> checked = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      checked.add(
          FieldChecks.required("expertise[" + i + "]", items.get(i), MAX_EXPERTISE_ITEM, false));
    }
    return checked;
  }

  /**
   * Checks one conflict; {@code field} names it in errors ({@code conflicts[1]}, or empty for a
   * conflict sent on its own).
   *
   * @throws ApiException 400 naming the field that is missing or invalid
   */
  static Conflict conflict(String field, ConflictRequest request) {
    String whole = field.isEmpty() ? "the conflict" : field;
    if (request == null) {
      throw FieldChecks.invalid(
          field, whole + " is null", "Send each conflict as an object with at least kind.");
    }
    ConflictKind kind = kind(FieldChecks.name(field, "kind"), request.kind());
    String organization =
        organization(FieldChecks.name(field, "organization"), request.organization());
    String description =
        FieldChecks.optional(
            FieldChecks.name(field, "description"), request.description(), MAX_DESCRIPTION, true);
    if (organization == null && description == null) {
      throw FieldChecks.invalid(
          field.isEmpty() ? "organization" : field,
          whole + " names no organization and has no description",
          "Give the slug of a registered organization in organization, or describe the party in"
              + " description, or both.");
    }
    String dateField = FieldChecks.name(field, "date");
    LocalDate date = date(dateField, request.date());
    if (kind == ConflictKind.PAID_ENGAGEMENT && date == null) {
      throw FieldChecks.invalid(
          dateField,
          dateField + " is missing; a paid engagement needs its date",
          "Send the date of the engagement as yyyy-MM-dd (its start, or its end if it ended).");
    }
    return new Conflict(kind, organization, description, date);
  }

  private static ConflictKind kind(String field, String code) {
    if (code == null || code.isBlank()) {
      throw FieldChecks.invalid(
          field,
          field + " is missing",
          "Send one of employment, funding, ownership, paid_engagement, other.");
    }
    try {
      return ConflictKind.fromCode(code.strip());
    } catch (IllegalArgumentException e) {
      throw FieldChecks.invalid(
          field,
          field + ": " + printable(e.getMessage()),
          "Send one of employment, funding, ownership, paid_engagement, other.");
    }
  }

  private static String organization(String field, String slug) {
    if (slug == null) {
      return null;
    }
    try {
      return Names.checkSlug(field, slug);
    } catch (IllegalArgumentException e) {
      throw FieldChecks.invalid(
          field,
          e.getMessage(),
          "Use the slug of a registered organization (GET /api/v1/orgs), or leave it out.");
    }
  }

  private static LocalDate date(String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw FieldChecks.invalid(
          field,
          field + " '" + printable(text) + "' is not a date of the form yyyy-MM-dd",
          "Send the date as yyyy-MM-dd, e.g. 2026-03-01.");
    }
  }

  private static String printable(String text) {
    String cut = text.length() > 64 ? text.substring(0, 64) + "..." : text;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
