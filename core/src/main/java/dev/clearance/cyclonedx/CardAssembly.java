package dev.clearance.cyclonedx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyclonedx.model.Ancestors;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Pedigree;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.ModelCard;
import org.cyclonedx.model.component.Tags;
import org.cyclonedx.model.component.data.DatasetChoice;
import org.cyclonedx.model.component.modelCard.Considerations;
import org.cyclonedx.model.component.modelCard.InputOutputParameter;
import org.cyclonedx.model.component.modelCard.ModelParameters;
import org.cyclonedx.model.component.modelCard.QuantitativeAnalysis;
import org.cyclonedx.model.component.modelCard.consideration.EnvironmentalConsideration;

/**
 * The parts of a CycloneDX machine-learning-model component collected from a Hugging Face card,
 * turned into a {@link Bom} by {@link #bom(String)} (which can be called again after more parts are
 * added).
 */
final class CardAssembly {

  String name;
  String group;
  LicenseChoice licenses;
  final List<String> tags = new ArrayList<>();
  boolean hasTags;
  final List<Component> ancestors = new ArrayList<>();
  String task;
  final List<DatasetEntry> datasets = new ArrayList<>();
  final List<MetricEntry> indexMetrics = new ArrayList<>();
  List<MetricEntry> sectionMetrics;
  String description;
  String architecture;
  String architectureFamily;
  ModelParameters.Approach.ApproachType approach;
  final List<String> inputs = new ArrayList<>();
  final List<String> outputs = new ArrayList<>();
  final List<String> users = new ArrayList<>();
  final List<String> useCases = new ArrayList<>();
  final List<String> limitations = new ArrayList<>();
  final List<String> tradeoffs = new ArrayList<>();
  final List<RiskEntry> risks = new ArrayList<>();
  final List<FairnessEntry> fairness = new ArrayList<>();
  final List<EnergyEntry> energy = new ArrayList<>();
  final List<PropertyEntry> properties = new ArrayList<>();
  final List<String> sections = new ArrayList<>();
  final List<Layout.Entry> layoutEntries = new ArrayList<>();
  final Map<String, String> keptKeys = new LinkedHashMap<>();
  String layoutJson;

  /** The BOM, spec 1.6, with one machine-learning-model component. */
  Bom bom(String serialNumber) {
    Component component = new Component();
    component.setType(Component.Type.MACHINE_LEARNING_MODEL);
    component.setGroup(group);
    component.setName(name);
    component.setDescription(description);
    component.setLicenses(licenses);
    if (hasTags) {
      component.setTags(new Tags(List.copyOf(tags)));
    }
    if (!ancestors.isEmpty()) {
      Pedigree pedigree = new Pedigree();
      Ancestors list = new Ancestors();
      list.setComponents(List.copyOf(ancestors));
      pedigree.setAncestors(list);
      component.setPedigree(pedigree);
    }
    component.setModelCard(modelCard());
    Bom bom = new Bom();
    bom.setSerialNumber(serialNumber);
    bom.setVersion(1);
    bom.addComponent(component);
    return bom;
  }

  private ModelCard modelCard() {
    ModelCard card = new ModelCard();
    card.setModelParameters(modelParameters());
    List<MetricEntry> metrics = sectionMetrics != null ? sectionMetrics : indexMetrics;
    if (!metrics.isEmpty()) {
      QuantitativeAnalysis analysis = new QuantitativeAnalysis();
      analysis.setPerformanceMetrics(metrics.stream().map(MetricEntry::toCycloneDx).toList());
      card.setQuantitativeAnalysis(analysis);
    }
    card.setConsiderations(considerations());
    List<Property> list = new ArrayList<>();
    properties.forEach(property -> list.add(property.toCycloneDx()));
    sections.forEach(section -> list.add(new Property(HuggingFaceProperties.SECTION, section)));
    keptKeys.forEach(
        (key, json) -> {
          if (!key.equals(CO2_KEY)) {
            list.add(new Property(HuggingFaceProperties.METADATA + key, json));
          }
        });
    if (layoutJson != null) {
      list.add(new Property(Layout.PROPERTY, layoutJson));
    }
    card.setProperties(list.isEmpty() ? null : list);
    return card;
  }

  static final String CO2_KEY = "co2_eq_emissions";

  private ModelParameters modelParameters() {
    ModelParameters parameters = new ModelParameters();
    boolean any = false;
    if (approach != null) {
      ModelParameters.Approach value = new ModelParameters.Approach();
      value.setType(approach);
      parameters.setApproach(value);
      any = true;
    }
    if (task != null) {
      parameters.setTask(task);
      any = true;
    }
    if (architectureFamily != null) {
      parameters.setArchitectureFamily(architectureFamily);
      any = true;
    }
    if (architecture != null) {
      parameters.setModelArchitecture(architecture);
      any = true;
    }
    if (!datasets.isEmpty()) {
      List<DatasetChoice> choices = new ArrayList<>();
      for (DatasetEntry entry : datasets) {
        DatasetChoice choice = new DatasetChoice();
        choice.setComponentData(entry.toCycloneDx());
        choices.add(choice);
      }
      parameters.setDatasets(choices);
      any = true;
    }
    if (!inputs.isEmpty()) {
      parameters.setInputs(formats(inputs));
      any = true;
    }
    if (!outputs.isEmpty()) {
      parameters.setOutputs(formats(outputs));
      any = true;
    }
    return any ? parameters : null;
  }

  private static List<InputOutputParameter> formats(List<String> formats) {
    List<InputOutputParameter> list = new ArrayList<>();
    for (String format : formats) {
      InputOutputParameter parameter = new InputOutputParameter();
      parameter.setFormat(format);
      list.add(parameter);
    }
    return list;
  }

  private Considerations considerations() {
    Considerations considerations = new Considerations();
    boolean any = false;
    if (!users.isEmpty()) {
      considerations.setUsers(List.copyOf(users));
      any = true;
    }
    if (!useCases.isEmpty()) {
      considerations.setUseCases(List.copyOf(useCases));
      any = true;
    }
    if (!limitations.isEmpty()) {
      considerations.setTechnicalLimitations(List.copyOf(limitations));
      any = true;
    }
    if (!tradeoffs.isEmpty()) {
      considerations.setPerformanceTradeoffs(List.copyOf(tradeoffs));
      any = true;
    }
    if (!risks.isEmpty()) {
      considerations.setEthicalConsiderations(risks.stream().map(RiskEntry::toCycloneDx).toList());
      any = true;
    }
    if (!fairness.isEmpty()) {
      considerations.setFairnessAssessments(
          fairness.stream().map(FairnessEntry::toCycloneDx).toList());
      any = true;
    }
    String co2 = keptKeys.get(CO2_KEY);
    if (!energy.isEmpty() || co2 != null) {
      EnvironmentalConsideration environment = new EnvironmentalConsideration();
      if (!energy.isEmpty()) {
        environment.setEnergyConsumptions(energy.stream().map(EnergyEntry::toCycloneDx).toList());
      }
      if (co2 != null) {
        environment.setProperties(
            List.of(new Property(HuggingFaceProperties.METADATA + CO2_KEY, co2)));
      }
      considerations.setEnvironmentalConsiderations(environment);
      any = true;
    }
    return any ? considerations : null;
  }
}
