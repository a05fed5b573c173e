package webinarbot.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One HTTP/1.1 connection on a plain socket, for what {@code java.net.http} will not send: a body
 * that trickles or stalls, chunked framing written by hand, a client with its own local address
 * ({@code 127.0.0.2} is another client to a server on {@code 127.0.0.1}).
 */
public final class RawHttp implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;

  private RawHttp(Socket socket) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
    this.in = socket.getInputStream();
  }

  /** Connects to {@code server}'s host and port from {@code localAddress}. */
  public static RawHttp connect(URI server, String localAddress) throws IOException {
    Socket socket = new Socket();
    socket.setSendBufferSize(64 * 1024);
    socket.bind(new InetSocketAddress(localAddress, 0));
    socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5_000);
    return new RawHttp(socket);
  }

  public static RawHttp connect(URI server) throws IOException {
    return connect(server, "127.0.0.1");
  }

  /** The start of a request: its line and headers, then the blank line. */
  public static String head(String method, String path, String... headers) {
    StringBuilder b = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (String h : headers) {
      b.append(h).append("\r\n");
    }
    return b.append("\r\n").toString();
  }

  public RawHttp send(String text) throws IOException {
    return send(text.getBytes(StandardCharsets.UTF_8));
  }

  public RawHttp send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
    return this;
  }

  /**
   * The status line of the answer, such as {@code HTTP/1.1 413 Payload Too Large}, read within
   * {@code wait}; empty text when the server closed the connection without answering.
   *
   * @throws SocketTimeoutException when nothing came within {@code wait}
   */
  public String statusLine(Duration wait) throws IOException {
    socket.setSoTimeout((int) wait.toMillis());
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      line.write(b);
    }
    return line.toString(StandardCharsets.ISO_8859_1).strip();
  }

  /** The status code of the answer (see {@link #statusLine}), 0 when there was none. */
  public int status(Duration wait) throws IOException {
    String line = statusLine(wait);
    return line.isEmpty() ? 0 : Integer.parseInt(line.split(" ")[1]);
  }

  /** Whether the server ends the connection (EOF or reset) within {@code wait}. */
  public boolean closedByServer(Duration wait) throws IOException {
    socket.setSoTimeout((int) wait.toMillis());
    try {
      while (in.read() != -1) {
        // whatever the server still had to say
      }
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) { // connection reset
      return true;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
