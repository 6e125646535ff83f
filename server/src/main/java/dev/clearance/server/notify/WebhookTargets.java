package dev.clearance.server.notify;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may have: absolute {@code http} or {@code https} URLs with a host, without
 * user info or fragment, at most {@value #MAX_LENGTH} characters; unless private targets are
 * allowed, not a loopback, private, link-local or wildcard address (so a webhook cannot reach into
 * the registry's own network). Names are checked again for their addresses before every delivery.
 */
final class WebhookTargets {

  static final int MAX_LENGTH = 2000;

  private final boolean allowPrivate;

  WebhookTargets(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  /**
   * Why {@code url} cannot be a webhook's URL, or empty when it can. Host names are not resolved
   * here (only literal addresses and {@code localhost} are checked).
   */
  Optional<String> problem(String url) {
    if (url == null || url.isBlank()) {
      return Optional.of("url is missing");
    }
    if (url.length() > MAX_LENGTH) {
      return Optional.of("url is longer than " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("url is not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of(
          "url must start with http:// or https://, not '"
              + (scheme.isEmpty() ? "(none)" : scheme)
              + ":'");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return Optional.of("url has no host name");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("url must not contain a user name or password");
    }
    if (uri.getRawFragment() != null) {
      return Optional.of("url must not have a #fragment");
    }
    if (allowPrivate) {
      return Optional.empty();
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      return Optional.of("url points at this machine (" + host + ")");
    }
    if (isLiteralAddress(host)) {
      try {
        return privateAddress(InetAddress.getByName(host));
      } catch (UnknownHostException e) {
        return Optional.of("url has an invalid address " + host);
      }
    }
    return Optional.empty();
  }

  /**
   * Why the current addresses of {@code uri}'s host may not be sent to, or empty. Called before
   * every delivery.
   *
   * @throws UnknownHostException when the host name does not resolve
   */
  Optional<String> addressProblem(URI uri) throws UnknownHostException {
    if (allowPrivate) {
      return Optional.empty();
    }
    for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
      Optional<String> problem = privateAddress(address);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> privateAddress(InetAddress address) {
    boolean uniqueLocalV6 =
        address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc;
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()
        || uniqueLocalV6) {
      return Optional.of(
          "url resolves to a loopback, private or link-local address ("
              + address.getHostAddress()
              + "); webhooks must reach a public address");
    }
    return Optional.empty();
  }

  private static boolean isLiteralAddress(String host) {
    return host.startsWith("[") || host.matches("[0-9.]+");
  }
}
