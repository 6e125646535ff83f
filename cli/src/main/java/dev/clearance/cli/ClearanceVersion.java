package dev.clearance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version of this build, read from the Maven metadata that the jar carries ({@code
 * META-INF/maven/dev.clearance/clearance-cli/pom.properties}); {@code dev} when run from classes.
 */
public final class ClearanceVersion implements IVersionProvider {

  private static final String POM_PROPERTIES =
      "/META-INF/maven/dev.clearance/clearance-cli/pom.properties";

  /** This build's version, such as {@code 0.1.0}, or {@code dev}. */
  public static String current() {
    try (InputStream in = ClearanceVersion.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "dev");
    } catch (IOException unreadable) {
      return "dev";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "clearance " + current(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
