package webinarbot.testing.discord;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import javax.imageio.ImageIO;

/** A web server with one small PNG at {@code /img/cover.png}, for scheduled event covers. */
public final class ImageServer implements AutoCloseable {
  private final HttpServer server;
  private final byte[] png;

  public ImageServer() throws IOException {
    png = png();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/img/",
        exchange -> {
          try (exchange) {
            if (exchange.getRequestURI().getPath().equals("/img/cover.png")) {
              exchange.getResponseHeaders().add("Content-Type", "image/png");
              exchange.sendResponseHeaders(200, png.length);
              exchange.getResponseBody().write(png);
            } else {
              exchange.sendResponseHeaders(404, -1);
            }
          }
        });
    server.start();
  }

  public URI cover() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/img/cover.png");
  }

  public URI missing() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/img/missing.png");
  }

  public byte[] coverBytes() {
    return png.clone();
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0x3B82F6);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
