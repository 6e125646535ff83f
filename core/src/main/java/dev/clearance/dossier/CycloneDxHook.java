package dev.clearance.dossier;

import dev.clearance.document.InputException;
import dev.clearance.document.Node;
import java.util.List;

/**
 * Where {@link DossierReader} turns a CycloneDX ML-BOM into a {@link ModelCard}. The conversion is
 * owned by {@code dev.clearance.cyclonedx.CycloneDxCardReader}; until that class is on the
 * classpath this hook refuses CycloneDX cards with a clear error. Replace {@link #UNAVAILABLE} by
 * calls to {@code CycloneDxCardReader.read} and {@code CycloneDxCardReader.evalResults} when it
 * lands.
 */
interface CycloneDxHook {

  ModelCard read(String file, Node.Mapping bom) throws InputException;

  List<EvalResult> evalResults(String file, Node.Mapping bom) throws InputException;

  CycloneDxHook UNAVAILABLE =
      new CycloneDxHook() {
        @Override
        public ModelCard read(String file, Node.Mapping bom) throws InputException {
          throw new InputException(
              file,
              0,
              "CycloneDX model cards cannot be read by this build yet",
              "check the Hugging Face model card (README.md) instead");
        }

        @Override
        public List<EvalResult> evalResults(String file, Node.Mapping bom) {
          return List.of();
        }
      };
}
