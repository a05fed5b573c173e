package webinarbot.testing.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode end on a local port: greets a client with {@code hello}, delivers envelopes
 * the test hands it, and keeps what the client sends back (the acks).
 */
public final class SocketModeStandIn extends WebSocketServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CountDownLatch started = new CountDownLatch(1);
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final List<WebSocket> clients = new CopyOnWriteArrayList<>();

  public SocketModeStandIn() throws InterruptedException {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("websocket stand-in did not start");
    }
  }

  public URI url() {
    return URI.create("ws://127.0.0.1:" + getPort() + "/link/?ticket=stand-in");
  }

  public boolean connected() {
    return !clients.isEmpty();
  }

  /** Messages the bot sent, such as {@code {"envelope_id": …, "payload": …}} acks. */
  public List<String> received() {
    return List.copyOf(received);
  }

  /** Delivers a slash command the way Slack does in Socket Mode. */
  public void slashCommand(String envelopeId, Map<String, String> payload) throws Exception {
    ObjectNode envelope =
        JSON.createObjectNode()
            .put("envelope_id", envelopeId)
            .put("type", "slash_commands")
            .put("accepts_response_payload", true);
    envelope.set("payload", JSON.valueToTree(payload));
    String text = JSON.writeValueAsString(envelope);
    clients.forEach(c -> c.send(text));
  }

  /** An {@code interactive} envelope (a button click) with {@code payloadJson} as its payload. */
  public void interactive(String envelopeId, String payloadJson) throws Exception {
    ObjectNode envelope =
        JSON.createObjectNode()
            .put("envelope_id", envelopeId)
            .put("type", "interactive")
            .put("accepts_response_payload", false);
    envelope.set("payload", JSON.readTree(payloadJson));
    String text = JSON.writeValueAsString(envelope);
    clients.forEach(c -> c.send(text));
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    clients.add(conn);
    conn.send(
        "{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"stand-in\"},"
            + "\"connection_info\":{\"app_id\":\"A0APP\"}}");
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    clients.remove(conn);
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    received.add(message);
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {
    // a client that drops mid-test shows up as a missing ack; nothing to do here
  }

  @Override
  public void close() throws InterruptedException {
    stop(1000);
  }
}
