package dev.clearance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyCatalogTest {

  @Test
  void find_bundledEarlierVersion_foundWhileCurrentIsNewer() throws Exception {
    Policy current = PolicyLoader.bundled("rrf-2026");
    Policy earlier = PolicyLoader.bundled("rrf-2025");

    PolicyCatalog catalog = new PolicyCatalog(current);

    assertThat(catalog.current()).isSameAs(current);
    assertThat(catalog.find(earlier.id(), earlier.version()))
        .get()
        .extracting(Policy::version)
        .isEqualTo(earlier.version());
    assertThat(catalog.find(current.id(), current.version())).containsSame(current);
  }

  @Test
  void find_unknownVersion_empty() throws Exception {
    PolicyCatalog catalog = new PolicyCatalog(PolicyLoader.bundled(PolicyLoader.DEFAULT));

    assertThat(catalog.find("rrf", "1999.1")).isEmpty();
    assertThat(catalog.find("other", "2025.1")).isEmpty();
  }
}
