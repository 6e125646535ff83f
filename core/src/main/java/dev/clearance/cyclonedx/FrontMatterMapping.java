package dev.clearance.cyclonedx;

import dev.clearance.document.Node;
import dev.clearance.dossier.CardSection;
import dev.clearance.dossier.ModelCard;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.util.LicenseResolver;

/**
 * Maps the Hugging Face front matter keys that CycloneDX has fields for: {@code license}, {@code
 * tags}, {@code datasets}, {@code base_model}, {@code pipeline_tag}, {@code model-index}, and the
 * model's name. Values of another shape than the Hub documents are left to the exporter's {@code
 * huggingface:metadata:<key>} properties.
 */
final class FrontMatterMapping {

  private static final Pattern REPOSITORY_ID = Pattern.compile("[^/\\s]+/[^/\\s]+");

  private FrontMatterMapping() {}

  static void apply(ModelCard card, CardAssembly assembly) {
    Node.Mapping metadata = card.metadata();
    String fullName = fullName(card);
    setName(fullName, assembly);
    metadata.text("license").ifPresent(license -> assembly.licenses = license(license, metadata));
    metadata
        .sequence("tags")
        .ifPresent(
            list -> {
              assembly.hasTags = true;
              assembly.tags.addAll(strings(list));
            });
    metadata
        .sequence("datasets")
        .ifPresent(
            list ->
                strings(list).stream()
                    .filter(name -> !name.isBlank())
                    .forEach(name -> assembly.datasets.add(DatasetEntry.named(name))));
    metadata.text("base_model").ifPresent(base -> assembly.ancestors.add(ancestor(base)));
    metadata
        .sequence("base_model")
        .ifPresent(list -> strings(list).forEach(base -> assembly.ancestors.add(ancestor(base))));
    metadata.text("pipeline_tag").ifPresent(task -> assembly.task = task);
    metadata.sequence("model-index").ifPresent(list -> modelIndex(list, assembly));
  }

  /**
   * The model's name: the first model-index name, else the first level-1 heading, else the file.
   */
  static String fullName(ModelCard card) {
    Optional<String> indexName =
        card.metadata()
            .sequence("model-index")
            .flatMap(list -> list.items().stream().findFirst())
            .filter(Node.Mapping.class::isInstance)
            .map(Node.Mapping.class::cast)
            .flatMap(model -> model.text("name"));
    if (indexName.isPresent()) {
      return indexName.get();
    }
    return card.sections().stream()
        .filter(section -> section.level() == 1)
        .map(CardSection::heading)
        .findFirst()
        .orElseGet(() -> fileStem(card.file()));
  }

  private static String fileStem(String file) {
    String name = file.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static void setName(String fullName, CardAssembly assembly) {
    if (REPOSITORY_ID.matcher(fullName).matches()) {
      int slash = fullName.indexOf('/');
      assembly.group = fullName.substring(0, slash);
      assembly.name = fullName.substring(slash + 1);
    } else {
      assembly.name = fullName;
    }
  }

  private static LicenseChoice license(String license, Node.Mapping metadata) {
    License entry = new License();
    if (license.equals("other")) {
      entry.setName(metadata.text("license_name").orElse("other"));
      metadata.text("license_link").filter(IriReference::valid).ifPresent(entry::setUrl);
    } else {
      String spdx = spdxId(license);
      if (spdx != null) {
        entry.setId(spdx);
      } else {
        entry.setName(license);
      }
    }
    LicenseChoice choice = new LicenseChoice();
    choice.addLicense(entry);
    return choice;
  }

  /** The SPDX id that a Hub license id names (they match ignoring case), or null. */
  private static String spdxId(String license) {
    LicenseChoice resolved = LicenseResolver.resolve(license, false);
    if (resolved == null || resolved.getLicenses() == null || resolved.getLicenses().isEmpty()) {
      return null;
    }
    String id = resolved.getLicenses().get(0).getId();
    return id != null && id.equalsIgnoreCase(license) ? id : null;
  }

  private static Component ancestor(String repositoryId) {
    Component ancestor = new Component();
    ancestor.setType(Component.Type.MACHINE_LEARNING_MODEL);
    if (REPOSITORY_ID.matcher(repositoryId).matches()) {
      int slash = repositoryId.indexOf('/');
      ancestor.setGroup(repositoryId.substring(0, slash));
      ancestor.setName(repositoryId.substring(slash + 1));
    } else {
      ancestor.setName(repositoryId);
    }
    return ancestor;
  }

  private static void modelIndex(Node.Sequence models, CardAssembly assembly) {
    for (Node model : models.items()) {
      if (!(model instanceof Node.Mapping entry)) {
        continue;
      }
      for (Node item : entry.sequence("results").map(Node.Sequence::items).orElse(List.of())) {
        if (item instanceof Node.Mapping result) {
          String slice = result.mapping("dataset").map(FrontMatterMapping::slice).orElse(null);
          for (Node metric :
              result.sequence("metrics").map(Node.Sequence::items).orElse(List.of())) {
            if (metric instanceof Node.Mapping values && values.text("value").isPresent()) {
              String type = values.text("type").or(() -> values.text("name")).orElse(null);
              assembly.indexMetrics.add(
                  new MetricEntry(type, values.text("value").get(), slice, null, null));
            }
          }
        }
      }
    }
  }

  /** A dataset as a performance metric's slice: {@code Name (type)}, or the one that is given. */
  private static String slice(Node.Mapping dataset) {
    Optional<String> type = dataset.text("type");
    Optional<String> name = dataset.text("name");
    if (type.isPresent() && name.isPresent() && !type.get().equals(name.get())) {
      return name.get() + " (" + type.get() + ")";
    }
    return type.or(() -> name).orElse(null);
  }

  private static List<String> strings(Node.Sequence list) {
    return list.items().stream()
        .filter(Node.Scalar.class::isInstance)
        .map(Node.Scalar.class::cast)
        .filter(scalar -> !scalar.isNull())
        .map(Node.Scalar::text)
        .toList();
  }
}
