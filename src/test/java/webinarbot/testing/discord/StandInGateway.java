package webinarbot.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A Discord gateway over a real websocket: HELLO, IDENTIFY answered by READY and GUILD_CREATE,
 * heartbeats acknowledged, and dispatches the tests push, such as INTERACTION_CREATE.
 */
final class StandInGateway extends WebSocketServer {
  private static final int HELLO = 10;
  private static final int DISPATCH = 0;
  private static final int HEARTBEAT = 1;
  private static final int IDENTIFY = 2;
  private static final int RESUME = 6;
  private static final int HEARTBEAT_ACK = 11;

  private final CountDownLatch started = new CountDownLatch(1);
  private final AtomicInteger sequence = new AtomicInteger();
  private final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private final java.util.Set<WebSocket> sessions =
      java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final AtomicInteger identifies = new AtomicInteger();
  private final AtomicInteger mostAtOnce = new AtomicInteger();

  StandInGateway() {
    super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    setReuseAddr(true);
  }

  URI begin() {
    start();
    try {
      if (!started.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the stand-in gateway did not start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return URI.create("ws://127.0.0.1:" + getPort());
  }

  /** What JDA sent: IDENTIFY, heartbeats, … */
  List<JsonNode> received() {
    return List.copyOf(received);
  }

  /** Connections that identified (or resumed) and are still open: live gateway sessions. */
  int openSessions() {
    return sessions.size();
  }

  /** IDENTIFY frames received since the start: how many sessions were ever started. */
  int identifies() {
    return identifies.get();
  }

  /** The most sessions that were open at the same moment. */
  int mostSessionsAtOnce() {
    return mostAtOnce.get();
  }

  void dispatch(String type, JsonNode data) {
    ObjectNode frame = DiscordWorld.object().put("op", DISPATCH).put("t", type);
    frame.put("s", sequence.incrementAndGet()).set("d", data);
    broadcast(frame.toString());
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    ObjectNode hello = DiscordWorld.object().put("op", HELLO);
    hello.putObject("d").put("heartbeat_interval", 41_250);
    conn.send(hello.toString());
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    JsonNode frame;
    try {
      frame = DiscordWorld.JSON.readTree(message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    received.add(frame);
    int op = frame.path("op").asInt();
    if (op == HEARTBEAT) {
      conn.send("{\"op\":" + HEARTBEAT_ACK + "}");
    } else if (op == IDENTIFY || op == RESUME) {
      if (op == IDENTIFY) {
        identifies.incrementAndGet();
      }
      sessions.add(conn);
      mostAtOnce.accumulateAndGet(sessions.size(), Math::max);
      dispatch("READY", DiscordWorld.ready("ws://127.0.0.1:" + getPort()));
      dispatch("GUILD_CREATE", DiscordWorld.guild());
    }
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    sessions.remove(conn);
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {}
}
