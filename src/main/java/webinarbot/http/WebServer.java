package webinarbot.http;

import java.net.URI;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's one embedded HTTP server (Jetty 12 core, no servlets). It serves whatever routes the
 * modules hand it: the Slack endpoint, health, metrics, the calendar feed. {@link HttpLimits} bound
 * what one client may hold: connections per remote address and idle time here, body size and time
 * in {@link RequestBody}.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  private final Server server;
  private final ServerConnector connector;

  /**
   * @param port {@code http.port}; 0 picks a free port (tests)
   */
  public WebServer(String host, int port, List<Route> routes, HttpLimits limits) {
    this.server = new Server();
    this.connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    if (limits.connectionsPerClient() > 0) {
      connector.addBean(new ConnectionsPerClient(limits.connectionsPerClient()));
    }
    server.addConnector(connector);
    server.setHandler(new RouteTable(routes));
    // Without this Jetty adds "Server: Jetty(12…)" to every answer; no need to advertise it.
    connector.getConnectionFactories().stream()
        .filter(f -> f instanceof org.eclipse.jetty.server.HttpConnectionFactory)
        .map(f -> (org.eclipse.jetty.server.HttpConnectionFactory) f)
        .forEach(f -> f.getHttpConfiguration().setSendServerVersion(false));
    // No graceful wait: Jetty would hold every stop for idle keep-alive connections. A slash
    // command cut off by a stop fails visibly in Slack and can simply be typed again.
    server.setStopTimeout(0);
  }

  public WebServer(String host, int port, List<Route> routes) {
    this(host, port, routes, HttpLimits.DEFAULTS);
  }

  public WebServer(int port, List<Route> routes, HttpLimits limits) {
    this(null, port, routes, limits);
  }

  public WebServer(int port, List<Route> routes) {
    this(null, port, routes, HttpLimits.DEFAULTS);
  }

  public WebServer start() throws Exception {
    server.start();
    LOG.info("HTTP server listening on port {}", port());
    return this;
  }

  /** The port actually bound, useful when 0 was asked for. */
  public int port() {
    return connector.getLocalPort();
  }

  /** {@code http://127.0.0.1:PORT}, for tests and log lines. */
  public URI localUri() {
    return URI.create("http://127.0.0.1:" + port());
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
