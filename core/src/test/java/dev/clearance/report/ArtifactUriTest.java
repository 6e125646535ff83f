package dev.clearance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArtifactUriTest {

  @Test
  void of_relativePath_staysRelative() {
    assertThat(ArtifactUri.of("models/tiny/README.md")).isEqualTo("models/tiny/README.md");
  }

  @Test
  void of_specialCharacters_arePercentEncoded() {
    assertThat(ArtifactUri.of("a dir/ü#?%.md")).isEqualTo("a%20dir/%C3%BC%23%3F%25.md");
  }

  @Test
  void of_colonInFirstSegment_isNotReadAsScheme() {
    assertThat(ArtifactUri.of("c:card.md")).isEqualTo("./c:card.md");
  }

  @Test
  void of_windowsSeparators_becomeSlashes() {
    assertThat(ArtifactUri.of("models\\tiny\\README.md")).isEqualTo("models/tiny/README.md");
  }

  @Test
  void of_absolutePath_becomesFileUri() {
    assertThat(ArtifactUri.of("/work/models/README.md")).isEqualTo("file:///work/models/README.md");
  }
}
