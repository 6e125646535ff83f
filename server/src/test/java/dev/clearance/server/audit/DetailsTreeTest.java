package dev.clearance.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.ledger.entry.CanonicalJson;
import dev.clearance.server.http.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetailsTreeTest {

  private static void assertSameAsMapper(Map<String, Object> fields) {
    var direct = LedgerAuditLog.detailsTree(fields);
    var mapped = Json.mapper().valueToTree(fields);
    assertThat(direct).isEqualTo(mapped);
    assertThat(CanonicalJson.encode(direct)).isEqualTo(CanonicalJson.encode(mapped));
  }

  @Test
  void detailsTree_textValues_equalsTheMappersTree() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("org", "acme");
    fields.put("model", "tiny");
    fields.put("version", "1.0 \"β\"\n");
    fields.put("reason", "");

    assertSameAsMapper(fields);
  }

  @Test
  void detailsTree_otherValues_equalsTheMappersTree() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("org", "acme");
    fields.put("count", 3);
    fields.put("flag", true);
    fields.put("list", List.of("a", "b"));
    fields.put("nested", Map.of("k", "v"));

    assertSameAsMapper(fields);
  }

  @Test
  void detailsTree_nullValue_equalsTheMappersTree() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("org", "acme");
    fields.put("rootDigest", null);

    assertSameAsMapper(fields);
  }
}
