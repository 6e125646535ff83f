package dev.clearance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportWriterTest {

  private final JunitReportWriter writer = new JunitReportWriter();

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.clearance.report.SampleReports#all")
  void render_sampleReport_matchesGolden(String name, CheckReport report) throws IOException {
    Goldens.assertMatches(name + ".junit.xml", writer.render(report));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.clearance.report.SampleReports#all")
  void render_sampleReport_isWellFormedWithOneTestcasePerRequirement(
      String name, CheckReport report) throws Exception {
    Document document = parse(writer.render(report));

    assertThat(document.getDocumentElement().getTagName()).isEqualTo("testsuites");
    assertThat(document.getElementsByTagName("testcase").getLength())
        .isEqualTo(report.results().size());
    assertThat(document.getElementsByTagName("failure").getLength())
        .isEqualTo(ReportSummary.of(report).blocking());
    assertThat(document.getElementsByTagName("skipped").getLength())
        .isEqualTo(ReportSummary.of(report).notApplicable());
  }

  @Test
  void render_failingReport_putsMissingInMessageAndFixInBody() throws Exception {
    Document document = parse(writer.render(SampleReports.failingTier3()));
    Element failure = (Element) document.getElementsByTagName("failure").item(1);

    assertThat(failure.getAttribute("message")).startsWith("Results for bias and factual accuracy");
    assertThat(failure.getAttribute("type")).isEqualTo("blocker");
    assertThat(failure.getTextContent())
        .contains("big-coder/README.md model-index")
        .contains("dataset: {name: BBQ, type: heegyu/bbq}");
  }

  @Test
  void render_hostileText_staysTextAndAddsNoElements() throws Exception {
    Document document = parse(writer.render(SampleReports.hostile()));

    assertThat(document.getElementsByTagName("script").getLength()).isZero();
    Element testcase = (Element) document.getElementsByTagName("testcase").item(0);
    assertThat(testcase.getAttribute("name")).contains("</testcase><script>alert(1)</script> | a");
    Element failure = (Element) document.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).contains("\\u001B[31mred").contains("\\u0000");
    assertThat(failure.getTextContent()).contains("</failure>]]>").contains("line\nbreak");
  }

  @Test
  void render_groups_oneSuitePerRequirementIdPrefix() throws Exception {
    Document document = parse(writer.render(SampleReports.failingTier3()));
    NodeList suites = document.getElementsByTagName("testsuite");

    assertThat(suites.getLength()).isEqualTo(5);
    assertThat(((Element) suites.item(0)).getAttribute("name")).isEqualTo("training-data");
    assertThat(((Element) suites.item(0)).getAttribute("tests")).isEqualTo("2");
    assertThat(((Element) suites.item(0)).getAttribute("failures")).isEqualTo("1");
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
