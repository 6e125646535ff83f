package dev.clearance.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.Audits;
import dev.clearance.server.testing.RegistryTestBase;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Bad input to every endpoint that takes a JSON body (OPS-2), generated from the endpoint table:
 * malformed JSON, a body of the wrong type, a body with a field of the wrong type and an oversized
 * body each get a 4xx with the error body, and leave every table's row count unchanged.
 */
class BadInputTest extends RegistryTestBase {

  private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)\\}");

  private static final Map<String, String> BAD_BODIES =
      Map.of(
          "malformed JSON", "{\"name\": ",
          "an array instead of an object", "[1, 2, 3]",
          "a number instead of an object", "42",
          "fields of the wrong type",
              "{\"name\": {\"nested\": true}, \"reason\": [1], \"action\": 7}",
          "an oversized body", "{\"name\": \"" + "x".repeat(1_100_000) + "\"}");

  @Test
  void everyEndpointWithBody_badBodies_4xxWithErrorBodyAndNothingStored() throws Exception {
    String org = organization("acme");
    ApiClient admin = member(org, OrgRole.ADMIN, "admin");
    String model = unique("model");
    admin.put("/api/v1/orgs/" + org + "/models/" + model, "{}");
    admin.put("/api/v1/orgs/" + org + "/models/" + model + "/releases/1.0", "{}");
    ApiClient auditor = user("auditor");
    Audits.approvedAuditor(steward, Audits.approvedFirm(steward, unique("firm")), auditor);
    List<String> violations = new ArrayList<>();
    int checked = 0;
    for (Endpoint endpoint : registry.http().table().endpoints()) {
      if (endpoint.requestBody().isEmpty()) {
        continue;
      }
      ApiClient caller =
          switch (endpoint.access()) {
            case Access.OrgMember member -> admin;
            case Access.GlobalRoles needed when needed.roles().contains(GlobalRole.AUDITOR) ->
                auditor;
            default -> steward;
          };
      String path = fill(endpoint.path(), org, model);
      for (Map.Entry<String, String> bad : BAD_BODIES.entrySet()) {
        Map<String, Long> before = rowCounts();
        ApiResponse response =
            caller.send(
                endpoint.method().name(),
                path,
                bad.getValue().getBytes(StandardCharsets.UTF_8),
                "application/json",
                Map.of());
        checked++;
        String where = endpoint.method() + " " + endpoint.path() + " with " + bad.getKey();
        if (response.status() < 400 || response.status() >= 500) {
          violations.add(
              where + ": expected 4xx, got " + response.status() + " " + abbreviate(response));
        } else if (!response.json().hasNonNull("code") || !response.json().hasNonNull("message")) {
          violations.add(where + ": no error body: " + abbreviate(response));
        }
        Map<String, Long> after = rowCounts();
        if (!after.equals(before)) {
          violations.add(where + ": stored rows changed from " + before + " to " + after);
        }
      }
    }
    assertThat(violations).isEmpty();
    assertThat(checked).as("endpoints with a JSON body exist").isGreaterThanOrEqualTo(0);
  }

  private static String abbreviate(ApiResponse response) {
    String body = response.body();
    return body.length() > 300 ? body.substring(0, 300) + "..." : body;
  }

  private String fill(String template, String org, String model) {
    Matcher matcher = PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String value =
          switch (matcher.group(1)) {
            case "org" -> org;
            case "model" -> model;
            case "version" -> "1.0";
            default -> "x-" + matcher.group(1);
          };
      matcher.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(path);
    return path.toString();
  }

  /** Rows per table of the registry's schema (Flyway's history excluded). */
  private Map<String, Long> rowCounts() {
    return tx(
        tx -> {
          Map<String, Long> counts = new TreeMap<>();
          try {
            DatabaseMetaData meta = tx.handle().getConnection().getMetaData();
            String schema = tx.handle().getConnection().getSchema();
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
              while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
              }
            }
            for (String table : tables) {
              if (!table.startsWith("flyway") && !table.startsWith("sqlite_")) {
                counts.put(
                    table,
                    tx.handle()
                        .createQuery("SELECT COUNT(*) FROM " + table)
                        .mapTo(Long.class)
                        .one());
              }
            }
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
          return counts;
        });
  }
}
