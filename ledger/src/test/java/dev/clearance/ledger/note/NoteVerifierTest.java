package dev.clearance.ledger.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NoteVerifierTest {

  private static final String PETER =
      "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";

  @Test
  void parse_goExampleKey_roundTrips() throws CheckpointException {
    NoteVerifier verifier = NoteVerifier.parse(PETER);
    assertThat(verifier.name()).isEqualTo("PeterNeumann");
    assertThat(verifier.keyIdHex()).isEqualTo("c74f20a3");
    assertThat(verifier.verifierKey()).isEqualTo(PETER);
    assertThat(NoteVerifier.of("PeterNeumann", verifier.publicKey())).isEqualTo(verifier);
  }

  @Test
  void parse_wrongKeyId_failsWithExpected() {
    assertThatThrownBy(() -> NoteVerifier.parse(PETER.replace("c74f20a3", "c74f20a4")))
        .isInstanceOf(CheckpointException.class)
        .hasMessageContaining("key ID c74f20a4 does not match name and key, expected c74f20a3");
  }

  @Test
  void parse_otherName_failsOnKeyId() {
    assertThatThrownBy(() -> NoteVerifier.parse(PETER.replace("PeterNeumann", "PeterNeuman")))
        .hasMessageContaining("does not match name and key");
  }

  @Test
  void parse_malformedKeys_fail() {
    assertThatThrownBy(() -> NoteVerifier.parse("name+c74f20a3"))
        .hasMessageContaining("found 2 '+'-separated part(s)");
    assertThatThrownBy(() -> NoteVerifier.parse("name+xyz+AQ=="))
        .hasMessageContaining("key ID must be 8 hex digits");
    assertThatThrownBy(() -> NoteVerifier.parse("name+c74f20a3+AQ=="))
        .hasMessageContaining("expected type 0x01 (Ed25519) and a 32-byte key, got 1 byte(s)");
    assertThatThrownBy(
            () -> NoteVerifier.parse("name+c74f20a3+AhpC2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
        .hasMessageContaining("of type 0x02");
    assertThatThrownBy(
            () -> NoteVerifier.parse("+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
        .hasMessageContaining("must not be empty");
  }

  @Test
  void generate_signerKey_roundTripsToSameKeys() throws CheckpointException {
    NoteSigner signer = NoteSigner.generate("clearance.example/log");
    NoteSigner again = NoteSigner.parse(signer.signerKey());
    assertThat(again.verifier()).isEqualTo(signer.verifier());
    assertThat(NoteVerifier.parse(signer.verifier().verifierKey())).isEqualTo(signer.verifier());
    assertThat(signer.toString()).doesNotContain(signer.signerKey().substring(40));
  }

  @Test
  void parseSigner_badKeys_fail() {
    assertThatThrownBy(() -> NoteSigner.parse("KEY+x+c74f20a3+AA=="))
        .hasMessageContaining("must start with PRIVATE+KEY+");
    assertThatThrownBy(
            () ->
                NoteSigner.parse(
                    "PRIVATE+KEY+PeterNeumann+00000000+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"))
        .hasMessageContaining("does not match name and key, expected c74f20a3");
  }
}
