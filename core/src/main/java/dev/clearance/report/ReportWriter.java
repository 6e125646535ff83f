package dev.clearance.report;

/**
 * Renders a {@link CheckReport} in one output format. Implementations are stateless apart from
 * their construction options, never throw for any report content (card text can hold anything), and
 * return the same text for the same report.
 */
public interface ReportWriter {

  /**
   * Renders the whole report.
   *
   * @param report the report to render
   * @return the rendered report, ending with a newline
   */
  String render(CheckReport report);
}
