package dev.clearance.server.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.artifacts.signing.BundleSigner;
import dev.clearance.artifacts.signing.KeyFiles;
import dev.clearance.artifacts.signing.KeyType;
import dev.clearance.document.InputException;
import dev.clearance.ledger.entry.AuditEntry;
import dev.clearance.ledger.entry.EntryException;
import dev.clearance.server.testing.ApiClient;
import dev.clearance.server.testing.ApiResponse;
import dev.clearance.server.testing.RegistryTestBase;
import dev.clearance.store.audit.StoredEntry;
import dev.clearance.store.identity.OrgRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code /api/v1/orgs/{org}/keys}: org admins register and revoke signing keys, anyone reads them
 * (ART-2, ACC-4), each change is one audit event. Bad keys are files under {@code
 * src/test/resources/dev/clearance/server/signing/keys/}.
 */
class SigningKeyEndpointsTest extends RegistryTestBase {

  private record Org(String slug, ApiClient admin) {

    String keys() {
      return "/api/v1/orgs/" + slug + "/keys";
    }

    String key(String name) {
      return keys() + "/" + name;
    }
  }

  private Org org() {
    String slug = organization("keys");
    return new Org(slug, member(slug, OrgRole.ADMIN, "admin"));
  }

  private static String body(String pem) {
    return "{\"publicKeyPem\": \"" + pem.replace("\n", "\\n") + "\"}";
  }

  private static String pem(KeyPair keys) {
    return KeyFiles.publicPem(keys.getPublic());
  }

  @Test
  void put_newEd25519Key_createdWithHintAndAudited() {
    Org org = org();
    KeyPair keys = KeyFiles.newKeyPair(KeyType.ED25519);
    ApiResponse created = org.admin().put(org.key("release"), body(pem(keys)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).contains(org.key("release"));
    JsonNode key = created.json();
    assertThat(key.path("name").asText()).isEqualTo("release");
    assertThat(key.path("algorithm").asText()).isEqualTo("ed25519");
    assertThat(key.path("status").asText()).isEqualTo("active");
    assertThat(key.path("keyHint").asText()).isEqualTo(BundleSigner.keyHint(keys.getPublic()));
    assertThat(key.path("publicKeyPem").asText()).isEqualTo(pem(keys));
    List<AuditEntry> audit = audit(org.slug());
    assertThat(audit).extracting(AuditEntry::action).containsExactly("key.add");
    assertThat(audit.get(0).after()).isEqualTo("active");
  }

  @Test
  void put_openSslP256Key_storedInCanonicalPem() throws Exception {
    Org org = org();
    String written = resource("p256-public.pem");
    ApiResponse created = org.admin().put(org.key("p256"), body(written));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().path("algorithm").asText()).isEqualTo("ecdsa-p256");
    assertThat(created.json().path("publicKeyPem").asText())
        .isEqualTo(
            KeyFiles.publicPem(
                KeyFiles.decodePublic(KeyFiles.decodePem(written, "PUBLIC KEY", "t"), "t")));
  }

  @Test
  void put_sameKeySameNameAgain_200AndNoSecondEvent() {
    Org org = org();
    String pem = pem(KeyFiles.newKeyPair(KeyType.P256));
    assertThat(org.admin().put(org.key("release"), body(pem)).status()).isEqualTo(201);
    ApiResponse again = org.admin().put(org.key("release"), body(pem));
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().path("algorithm").asText()).isEqualTo("ecdsa-p256");
    assertThat(auditActions(org.slug())).containsExactly("key.add");
  }

  @Test
  void put_otherKeyUnderTakenName_409KeyNameTaken() {
    Org org = org();
    org.admin().put(org.key("release"), body(pem(KeyFiles.newKeyPair(KeyType.ED25519))));
    ApiResponse refused =
        org.admin().put(org.key("release"), body(pem(KeyFiles.newKeyPair(KeyType.ED25519))));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("key_name_taken");
    assertThat(refused.json().path("hint").asText()).contains("new name");
  }

  @Test
  void put_sameKeyUnderSecondName_409NamingTheFirst() {
    Org org = org();
    String pem = pem(KeyFiles.newKeyPair(KeyType.ED25519));
    org.admin().put(org.key("first"), body(pem));
    ApiResponse refused = org.admin().put(org.key("second"), body(pem));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("key_registered");
    assertThat(refused.json().path("message").asText()).contains("'first'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "private-key.pem, private key",
    "rsa-public.pem, only Ed25519 and ECDSA P-256",
    "p384-public.pem, 384-bit curve",
    "ssh-public.txt, no PUBLIC KEY PEM block",
    "garbled-body.pem, broken base64",
    "not-a-key.pem, not an Ed25519 or EC public key"
  })
  void put_badKeyFile_400NamingTheProblem(String file, String problem) throws Exception {
    Org org = org();
    ApiResponse refused = org.admin().put(org.key("bad"), body(resource(file)));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("invalid_key");
    assertThat(refused.json().path("message").asText()).contains("publicKeyPem", problem);
    assertThat(refused.json().path("hint").asText()).contains("clearance keygen");
    assertThat(anonymous.get(org.keys()).json().path("items")).isEmpty();
    assertThat(auditActions(org.slug())).isEmpty();
  }

  @Test
  void put_emptyPem_400() {
    Org org = org();
    ApiResponse refused = org.admin().put(org.key("empty"), "{\"publicKeyPem\": \"\"}");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().path("message").asText()).contains("missing or empty");
  }

  @Test
  void put_nameNotASlug_400NamingTheParameter() {
    Org org = org();
    ApiResponse refused =
        org.admin().put(org.key("Bad.Name"), body(pem(KeyFiles.newKeyPair(KeyType.ED25519))));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("invalid_name");
    assertThat(refused.json().path("details").path("parameter").asText()).isEqualTo("key");
  }

  @Test
  void put_releaserOfTheOrganization_403() {
    Org org = org();
    ApiClient releaser = member(org.slug(), OrgRole.RELEASER, "releaser");
    ApiResponse refused =
        releaser.put(org.key("release"), body(pem(KeyFiles.newKeyPair(KeyType.ED25519))));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(anonymous.get(org.keys()).json().path("items")).isEmpty();
  }

  @Test
  void list_anonymous_seesEveryKeyByNameWithPem() {
    Org org = org();
    KeyPair zeta = KeyFiles.newKeyPair(KeyType.ED25519);
    KeyPair alpha = KeyFiles.newKeyPair(KeyType.P256);
    org.admin().put(org.key("zeta"), body(pem(zeta)));
    org.admin().put(org.key("alpha"), body(pem(alpha)));
    ApiResponse listed = anonymous.get(org.keys());
    assertThat(listed.status()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    listed.json().path("items").forEach(item -> names.add(item.path("name").asText()));
    assertThat(names).containsExactly("alpha", "zeta");
    assertThat(listed.json().path("items").get(1).path("publicKeyPem").asText())
        .isEqualTo(pem(zeta));
    ApiResponse one = anonymous.get(org.key("alpha"));
    assertThat(one.json().path("publicKeyPem").asText()).isEqualTo(pem(alpha));
  }

  @Test
  void list_unknownOrganization_404() {
    assertThat(anonymous.get("/api/v1/orgs/" + unique("nobody") + "/keys").status()).isEqualTo(404);
  }

  @Test
  void delete_activeKey_revokedKeptListedAndAudited() {
    Org org = org();
    String pem = pem(KeyFiles.newKeyPair(KeyType.ED25519));
    org.admin().put(org.key("old"), body(pem));
    ApiResponse revoked = org.admin().delete(org.key("old"));
    ApiResponse again = org.admin().delete(org.key("old"));
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
    assertThat(again.status()).isEqualTo(204);
    JsonNode key = anonymous.get(org.key("old")).json();
    assertThat(key.path("status").asText()).isEqualTo("revoked");
    assertThat(key.path("revokedAt").asText()).isEqualTo(clock.instant().toString());
    assertThat(auditActions(org.slug())).containsExactly("key.add", "key.revoke");
    ApiResponse reRegistered = org.admin().put(org.key("old"), body(pem));
    assertThat(reRegistered.status()).isEqualTo(409);
    assertThat(reRegistered.code()).isEqualTo("key_revoked");
  }

  @Test
  void delete_unknownKey_404() {
    Org org = org();
    ApiResponse missing = org.admin().delete(org.key("never"));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().path("message").asText()).contains("signing key 'never'");
  }

  private List<AuditEntry> audit(String orgSlug) {
    String id = tx(repos -> repos.organizations().findBySlug(orgSlug)).orElseThrow().id();
    List<StoredEntry> stored = tx(repos -> repos.audit().entriesAbout(id, true));
    List<AuditEntry> entries = new ArrayList<>();
    for (StoredEntry entry : stored) {
      try {
        AuditEntry parsed = AuditEntry.parse(entry.leaf().getBytes(StandardCharsets.UTF_8));
        if (parsed.action().startsWith("key.")) {
          entries.add(parsed);
        }
      } catch (EntryException e) {
        throw new AssertionError("stored audit leaf does not parse: " + entry.leaf(), e);
      }
    }
    return entries;
  }

  private List<String> auditActions(String orgSlug) {
    return audit(orgSlug).stream().map(AuditEntry::action).toList();
  }

  private static String resource(String name) throws IOException, InputException {
    try (InputStream in = SigningKeyEndpointsTest.class.getResourceAsStream("keys/" + name)) {
      if (in == null) {
        throw new InputException(name, 0, "test resource missing", "");
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }
}
