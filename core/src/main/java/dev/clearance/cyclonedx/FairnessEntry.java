package dev.clearance.cyclonedx;

import dev.clearance.document.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cyclonedx.model.component.modelCard.consideration.FairnessAssessment;

/**
 * A CycloneDX {@code fairnessAssessments} entry as section text: labelled lines {@code - Group at
 * risk:}, {@code - Benefits:}, {@code - Harms:}, {@code - Mitigation strategy:}.
 */
record FairnessEntry(String groupAtRisk, String benefits, String harms, String mitigationStrategy) {

  private static final String GROUP = "Group at risk";
  private static final String BENEFITS = "Benefits";
  private static final String HARMS = "Harms";
  private static final String MITIGATION = "Mitigation strategy";

  static FairnessEntry of(Node.Mapping assessment) {
    return new FairnessEntry(
        assessment.text("groupAtRisk").orElse(null),
        assessment.text("benefits").orElse(null),
        assessment.text("harms").orElse(null),
        assessment.text("mitigationStrategy").orElse(null));
  }

  /** Reads an item that is only labelled lines; null for anything else. */
  static FairnessEntry parse(String item) {
    LabeledText text = LabeledText.parse(item, Set.of(GROUP, BENEFITS, HARMS, MITIGATION));
    if (!text.title().isEmpty() || text.fields().isEmpty() || text.hasEmptyValue()) {
      return null;
    }
    return new FairnessEntry(
        text.value(GROUP).orElse(null),
        text.value(BENEFITS).orElse(null),
        text.value(HARMS).orElse(null),
        text.value(MITIGATION).orElse(null));
  }

  String render() {
    List<LabeledText.Field> fields = new ArrayList<>();
    LabeledText.add(fields, GROUP, groupAtRisk);
    LabeledText.add(fields, BENEFITS, benefits);
    LabeledText.add(fields, HARMS, harms);
    LabeledText.add(fields, MITIGATION, mitigationStrategy);
    return new LabeledText("", fields).render();
  }

  FairnessAssessment toCycloneDx() {
    FairnessAssessment assessment = new FairnessAssessment();
    assessment.setGroupAtRisk(groupAtRisk);
    assessment.setBenefits(benefits);
    assessment.setHarms(harms);
    assessment.setMitigationStrategy(mitigationStrategy);
    return assessment;
  }
}
