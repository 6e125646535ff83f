package dev.clearance.cyclonedx;

import dev.clearance.document.Node;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.component.modelCard.consideration.consumption.Activity;
import org.cyclonedx.model.component.modelCard.consideration.consumption.EnergyConsumption;
import org.cyclonedx.model.component.modelCard.consideration.consumption.co2.CO2Measure;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergyMeasure;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergyProvider;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergySource;
import org.cyclonedx.model.organization.PostalAddress;

/**
 * A CycloneDX {@code energyConsumptions} entry as "Environmental Impact" section text: labelled
 * lines for the activity, its energy ({@code 0.4 kWh}), CO2 equivalent and offset ({@code 31.22
 * tCO2eq}), then per energy provider a {@code - Energy provider:} line and its details. The item is
 * read back only when it has everything the 1.6 schema requires (activity, energy, and per provider
 * its source and energy provided).
 */
record EnergyEntry(
    String activity,
    BigDecimal energyKwh,
    BigDecimal co2Tonnes,
    BigDecimal offsetTonnes,
    List<Provider> providers) {

  /** One {@code energyProviders} entry. */
  record Provider(
      String description,
      String organization,
      String country,
      String region,
      String locality,
      String source,
      BigDecimal providedKwh) {}

  private static final String ACTIVITY = "Activity";
  private static final String ENERGY = "Energy";
  private static final String CO2 = "CO2 equivalent";
  private static final String OFFSET = "CO2 offset";
  private static final String PROVIDER = "Energy provider";
  private static final String ORGANIZATION = "Provider organization";
  private static final String COUNTRY = "Provider country";
  private static final String REGION = "Provider region";
  private static final String LOCALITY = "Provider locality";
  private static final String SOURCE = "Energy source";
  private static final String PROVIDED = "Energy provided";
  private static final Set<String> LABELS =
      Set.of(
          ACTIVITY,
          ENERGY,
          CO2,
          OFFSET,
          PROVIDER,
          ORGANIZATION,
          COUNTRY,
          REGION,
          LOCALITY,
          SOURCE,
          PROVIDED);
  private static final Pattern KWH = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?) kWh");
  private static final Pattern TONNES = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?) tCO2eq");

  EnergyEntry {
    providers = List.copyOf(providers);
  }

  static EnergyEntry of(Node.Mapping consumption) {
    List<Provider> providers = new ArrayList<>();
    consumption
        .sequence("energyProviders")
        .ifPresent(
            list ->
                list.items().stream()
                    .filter(Node.Mapping.class::isInstance)
                    .map(Node.Mapping.class::cast)
                    .forEach(provider -> providers.add(provider(provider))));
    return new EnergyEntry(
        consumption.text("activity").orElse(null),
        measure(consumption, "activityEnergyCost"),
        measure(consumption, "co2CostEquivalent"),
        measure(consumption, "co2CostOffset"),
        providers);
  }

  private static Provider provider(Node.Mapping provider) {
    Optional<Node.Mapping> organization = provider.mapping("organization");
    Optional<Node.Mapping> address = organization.flatMap(entity -> entity.mapping("address"));
    return new Provider(
        provider.text("description").orElse(null),
        organization.flatMap(entity -> entity.text("name")).orElse(null),
        address.flatMap(place -> place.text("country")).orElse(null),
        address.flatMap(place -> place.text("region")).orElse(null),
        address.flatMap(place -> place.text("locality")).orElse(null),
        provider.text("energySource").orElse(null),
        measure(provider, "energyProvided"));
  }

  private static BigDecimal measure(Node.Mapping parent, String key) {
    return parent
        .mapping(key)
        .flatMap(measure -> measure.get("value"))
        .filter(Node.Scalar.class::isInstance)
        .map(Node.Scalar.class::cast)
        .filter(scalar -> scalar.asNumber().isPresent())
        .flatMap(scalar -> TreeValues.decimal(scalar.text()))
        .filter(TreeValues::tame)
        .orElse(null);
  }

  /** Reads an item; null unless it is complete and valid for the 1.6 schema. */
  static EnergyEntry parse(String item) {
    LabeledText text = LabeledText.parse(item, LABELS);
    if (!text.title().isEmpty()) {
      return null;
    }
    List<Provider> providers = new ArrayList<>();
    List<LabeledText.Field> own = new ArrayList<>();
    List<LabeledText.Field> current = null;
    for (LabeledText.Field field : text.fields()) {
      if (field.label().equals(PROVIDER)) {
        if (current != null) {
          providers.add(provider(current));
        }
        current = new ArrayList<>();
        current.add(field);
      } else if (current != null) {
        current.add(field);
      } else {
        own.add(field);
      }
    }
    if (current != null) {
      providers.add(provider(current));
    }
    LabeledText head = new LabeledText("", own);
    boolean emptyValue =
        text.fields().stream()
            .anyMatch(field -> field.value().isEmpty() && !field.label().equals(PROVIDER));
    if (emptyValue) {
      return null;
    }
    EnergyEntry entry =
        new EnergyEntry(
            head.value(ACTIVITY).orElse(null),
            quantity(head.value(ENERGY), KWH),
            quantity(head.value(CO2), TONNES),
            quantity(head.value(OFFSET), TONNES),
            providers);
    return entry.valid() ? entry : null;
  }

  private static Provider provider(List<LabeledText.Field> fields) {
    LabeledText text = new LabeledText("", fields);
    String description = text.value(PROVIDER).orElse("");
    return new Provider(
        description.isEmpty() ? null : description,
        text.value(ORGANIZATION).orElse(null),
        text.value(COUNTRY).orElse(null),
        text.value(REGION).orElse(null),
        text.value(LOCALITY).orElse(null),
        text.value(SOURCE).orElse(null),
        quantity(text.value(PROVIDED), KWH));
  }

  private static BigDecimal quantity(Optional<String> text, Pattern unit) {
    if (text.isEmpty()) {
      return null;
    }
    Matcher matcher = unit.matcher(text.get());
    return matcher.matches() ? new BigDecimal(matcher.group(1)) : null;
  }

  private boolean valid() {
    return activity(activity) != null
        && energyKwh != null
        && !providers.isEmpty()
        && providers.stream()
            .allMatch(
                provider -> source(provider.source()) != null && provider.providedKwh() != null);
  }

  String render() {
    List<LabeledText.Field> fields = new ArrayList<>();
    LabeledText.add(fields, ACTIVITY, activity);
    LabeledText.add(fields, ENERGY, number(energyKwh, "kWh"));
    LabeledText.add(fields, CO2, number(co2Tonnes, "tCO2eq"));
    LabeledText.add(fields, OFFSET, number(offsetTonnes, "tCO2eq"));
    for (Provider provider : providers) {
      fields.add(
          new LabeledText.Field(
              PROVIDER, provider.description() == null ? "" : provider.description()));
      LabeledText.add(fields, ORGANIZATION, provider.organization());
      LabeledText.add(fields, COUNTRY, provider.country());
      LabeledText.add(fields, REGION, provider.region());
      LabeledText.add(fields, LOCALITY, provider.locality());
      LabeledText.add(fields, SOURCE, provider.source());
      LabeledText.add(fields, PROVIDED, number(provider.providedKwh(), "kWh"));
    }
    return new LabeledText("", fields).render();
  }

  private static String number(BigDecimal value, String unit) {
    return value == null ? null : plain(value) + " " + unit;
  }

  /** A decimal without exponent and without trailing zeros. */
  static String plain(BigDecimal value) {
    String text = value.stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  EnergyConsumption toCycloneDx() {
    EnergyConsumption consumption = new EnergyConsumption();
    consumption.setActivity(activity(activity));
    consumption.setActivityEnergyCost(kwh(energyKwh));
    consumption.setCo2CostEquivalent(tonnes(co2Tonnes));
    consumption.setCo2CostOffset(tonnes(offsetTonnes));
    List<EnergyProvider> list = new ArrayList<>();
    for (Provider provider : providers) {
      EnergyProvider energyProvider = new EnergyProvider();
      energyProvider.setDescription(provider.description());
      OrganizationalEntity organization = new OrganizationalEntity();
      organization.setName(provider.organization());
      if (provider.country() != null || provider.region() != null || provider.locality() != null) {
        PostalAddress address = new PostalAddress();
        address.setCountry(provider.country());
        address.setRegion(provider.region());
        address.setLocality(provider.locality());
        organization.setAddress(address);
      }
      energyProvider.setOrganization(organization);
      energyProvider.setEnergySource(source(provider.source()));
      energyProvider.setEnergyProvided(kwh(provider.providedKwh()));
      list.add(energyProvider);
    }
    consumption.setEnergyProviders(list);
    return consumption;
  }

  private static EnergyMeasure kwh(BigDecimal value) {
    EnergyMeasure measure = new EnergyMeasure();
    measure.setValue(value.doubleValue());
    measure.setUnit(
        org.cyclonedx.model.component.modelCard.consideration.consumption.energy.Unit.KWH);
    return measure;
  }

  private static CO2Measure tonnes(BigDecimal value) {
    if (value == null) {
      return null;
    }
    CO2Measure measure = new CO2Measure();
    measure.setValue(value.doubleValue());
    measure.setUnit(
        org.cyclonedx.model.component.modelCard.consideration.consumption.co2.Unit.TCO2EQ);
    return measure;
  }

  static Activity activity(String name) {
    for (Activity candidate : Activity.values()) {
      if (candidate.getName().equals(name)) {
        return candidate;
      }
    }
    return null;
  }

  static EnergySource source(String name) {
    for (EnergySource candidate : EnergySource.values()) {
      if (candidate.getName().equals(name)) {
        return candidate;
      }
    }
    return null;
  }
}
