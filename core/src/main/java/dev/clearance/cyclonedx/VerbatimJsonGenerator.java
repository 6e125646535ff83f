package dev.clearance.cyclonedx;

import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StringSerializer;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.json.BomJsonGenerator;
import org.cyclonedx.model.Bom;

/**
 * cyclonedx-core-java's JSON generator with one change: strings are written as they are. The
 * library's generator (12.2.0) registers a serializer that trims every string and turns line
 * breaks, tabs and runs of spaces into single spaces, which would flatten the markdown of every
 * model card section into one line. CycloneDX strings may hold line breaks; a module registered
 * after the library's own takes precedence for {@code String}.
 */
final class VerbatimJsonGenerator extends BomJsonGenerator {

  private VerbatimJsonGenerator(Bom bom) {
    super(bom, Version.VERSION_16);
    SimpleModule verbatim = new SimpleModule("clearance-verbatim-strings");
    verbatim.addSerializer(String.class, new StringSerializer());
    mapper.registerModule(verbatim);
  }

  /** The BOM as pretty-printed CycloneDX 1.6 JSON. */
  static String json(Bom bom) {
    try {
      return new VerbatimJsonGenerator(bom).toJsonString();
    } catch (GeneratorException failed) {
      throw new IllegalStateException("CycloneDX generator failed on a built BOM", failed);
    }
  }
}
