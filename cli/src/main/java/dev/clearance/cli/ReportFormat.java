package dev.clearance.cli;

import dev.clearance.report.JsonReportWriter;
import dev.clearance.report.JunitReportWriter;
import dev.clearance.report.MarkdownReportWriter;
import dev.clearance.report.ReportWriter;
import dev.clearance.report.SarifReportWriter;
import dev.clearance.report.TextReportWriter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The formats {@code clearance check --format} can write. */
enum ReportFormat {
  TEXT,
  JSON,
  SARIF,
  JUNIT,
  MARKDOWN;

  /** The name on the command line: {@code text}, {@code json}, ... */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  ReportWriter writer(boolean color, String toolVersion) {
    return switch (this) {
      case TEXT -> new TextReportWriter(color);
      case JSON -> new JsonReportWriter(toolVersion);
      case SARIF -> new SarifReportWriter(toolVersion);
      case JUNIT -> new JunitReportWriter();
      case MARKDOWN -> new MarkdownReportWriter();
    };
  }

  /** Parses {@code --format} values, case-insensitively. */
  static final class Converter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      for (ReportFormat format : values()) {
        if (format.label().equalsIgnoreCase(value)) {
          return format;
        }
      }
      throw new TypeConversionException(
          "unknown format '" + value + "'; use one of " + String.join(", ", new Labels()));
    }
  }

  /** The labels, for help text ({@code ${COMPLETION-CANDIDATES}}). */
  static final class Labels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(ReportFormat::label).iterator();
    }
  }
}
