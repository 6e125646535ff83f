package dev.clearance.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.JsonFile;
import dev.clearance.dossier.ModelCardReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The catalog facets read from a dossier: license ids and modalities. */
class DossierFacetsTest {

  private static Dossier dossier(String card, String config) throws InputException {
    Optional<JsonFile> json =
        config == null
            ? Optional.empty()
            : Optional.of(
                new JsonFile(
                    "config.json",
                    (Node.Mapping)
                        new JsonReader(InputLimits.DEFAULT).read("config.json", config)));
    return new Dossier(
        "test",
        Optional.of(new ModelCardReader(InputLimits.DEFAULT).read("README.md", card)),
        json,
        Optional.empty(),
        List.of(),
        Optional.empty(),
        List.of(),
        List.of());
  }

  @Test
  void of_spdxLicenseAndPipelineTag_areLowerCaseWithModalities() throws InputException {
    var facets =
        DossierFacets.of(
            dossier(
                "---\nlicense: Apache-2.0\npipeline_tag: image-text-to-text\n---\n# M\n", null));

    assertThat(facets.license()).isEqualTo("apache-2.0");
    assertThat(facets.pipelineTag()).isEqualTo("image-text-to-text");
    assertThat(facets.modalities()).containsExactly("image", "text");
  }

  @Test
  void of_licenseOther_takesLicenseName() throws InputException {
    var facets =
        DossierFacets.of(dossier("---\nlicense: other\nlicense_name: llama3\n---\n", null));

    assertThat(facets.license()).isEqualTo("llama3");
  }

  @Test
  void of_unnamedOrOddLicense_isNone() throws InputException {
    assertThat(DossierFacets.of(dossier("---\nlicense: other\n---\n", null)).license()).isNull();
    assertThat(DossierFacets.of(dossier("---\nlicense: unknown\n---\n", null)).license()).isNull();
    assertThat(DossierFacets.of(dossier("---\nlicense: \"<b>x</b>\"\n---\n", null)).license())
        .isNull();
    assertThat(DossierFacets.of(dossier("---\nlicense: [mit, apache-2.0]\n---\n", null)).license())
        .isEqualTo("mit");
  }

  @Test
  void of_noPipelineTag_readsModalitiesFromConfig() throws InputException {
    var vision =
        DossierFacets.of(
            dossier(
                "# M\n",
                "{\"architectures\": [\"LlavaForConditionalGeneration\"],"
                    + " \"vision_config\": {}}"));
    var text = DossierFacets.of(dossier("# M\n", "{\"architectures\": [\"LlamaForCausalLM\"]}"));
    var unknown = DossierFacets.of(dossier("# M\n", null));

    assertThat(vision.modalities()).containsExactly("image", "text");
    assertThat(text.modalities()).containsExactly("text");
    assertThat(unknown.modalities()).isEmpty();
    assertThat(unknown.license()).isNull();
  }

  @Test
  void of_unknownPipelineTag_keepsTheTagWithoutModalities() throws InputException {
    var facets = DossierFacets.of(dossier("---\npipeline_tag: robotics\n---\n", null));

    assertThat(facets.pipelineTag()).isEqualTo("robotics");
    assertThat(facets.modalities()).isEmpty();
  }
}
