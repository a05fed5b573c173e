package webinarbot.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps the connections one remote address may hold open. Jetty's own limits ({@code
 * ConnectionLimit}, {@code NetworkConnectionLimit}) count all clients together, so one client that
 * opens hundreds of slow connections would lock everybody out; this closes only that client's
 * connections beyond the cap, as soon as they open. One log line when a client reaches the cap, not
 * one per refused connection.
 */
final class ConnectionsPerClient implements Connection.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionsPerClient.class);

  private final int max;
  private final Map<Connection, InetAddress> open = new ConcurrentHashMap<>();
  private final Map<InetAddress, Integer> counts = new ConcurrentHashMap<>();
  private final Set<InetAddress> refusing = ConcurrentHashMap.newKeySet();

  ConnectionsPerClient(int max) {
    this.max = max;
  }

  @Override
  public void onOpened(Connection connection) {
    InetAddress client = client(connection.getEndPoint().getRemoteSocketAddress());
    if (client == null) {
      return;
    }
    open.put(connection, client);
    int held = counts.merge(client, 1, Integer::sum);
    if (held > max) {
      if (refusing.add(client)) {
        LOG.warn(
            "Client {} holds {} connections (http.max_connections_per_client); refusing more",
            client.getHostAddress(),
            max);
      }
      connection.getEndPoint().close(new IOException("too many connections from one client"));
    }
  }

  @Override
  public void onClosed(Connection connection) {
    InetAddress client = open.remove(connection);
    if (client == null) {
      return;
    }
    Integer left = counts.computeIfPresent(client, (k, n) -> n == 1 ? null : n - 1);
    if (left == null || left < max) {
      refusing.remove(client);
    }
  }

  private static InetAddress client(SocketAddress address) {
    return address instanceof InetSocketAddress inet ? inet.getAddress() : null;
  }
}
