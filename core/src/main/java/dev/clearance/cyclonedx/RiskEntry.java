package dev.clearance.cyclonedx;

import dev.clearance.document.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cyclonedx.model.component.modelCard.consideration.Risk;

/**
 * A CycloneDX {@code ethicalConsiderations} entry as section text: the risk's name, then a line
 * {@code - Mitigation strategy: ...} when there is one.
 */
record RiskEntry(String name, String mitigationStrategy) {

  static final String MITIGATION = "Mitigation strategy";

  static RiskEntry of(Node.Mapping risk) {
    return new RiskEntry(
        risk.text("name").orElse(null), risk.text("mitigationStrategy").orElse(null));
  }

  /** Reads an item; null when a labelled value is empty. */
  static RiskEntry parse(String item) {
    LabeledText text = LabeledText.parse(item, Set.of(MITIGATION));
    if (text.hasEmptyValue()) {
      return null;
    }
    return new RiskEntry(
        text.title().isEmpty() ? null : text.title(), text.value(MITIGATION).orElse(null));
  }

  /** Any text as a risk's name. */
  static RiskEntry named(String text) {
    return new RiskEntry(text, null);
  }

  String render() {
    List<LabeledText.Field> fields = new ArrayList<>();
    LabeledText.add(fields, MITIGATION, mitigationStrategy);
    return new LabeledText(name == null ? "" : name, fields).render();
  }

  Risk toCycloneDx() {
    Risk risk = new Risk();
    risk.setName(name);
    risk.setMitigationStrategy(mitigationStrategy);
    return risk;
  }
}
