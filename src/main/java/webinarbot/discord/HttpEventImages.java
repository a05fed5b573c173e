package webinarbot.discord;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Icon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Downloads images over HTTP(S), within a time and size limit. */
public final class HttpEventImages implements EventImages {
  /** Discord's limit for an event cover. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(HttpEventImages.class);

  private final HttpClient client;
  private final Duration timeout;

  public HttpEventImages(Duration timeout) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.timeout = timeout;
  }

  @Override
  public Optional<Icon> fetch(URI image) {
    HttpRequest request = HttpRequest.newBuilder(image).timeout(timeout).GET().build();
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        Icon.IconType type =
            Icon.IconType.fromMIME(
                response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip());
        if (response.statusCode() != 200 || type == Icon.IconType.UNKNOWN) {
          LOG.warn("Event image {} not used: HTTP {}, {}", image, response.statusCode(), type);
          return Optional.empty();
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          LOG.warn("Event image {} not used: larger than {} bytes", image, MAX_BYTES);
          return Optional.empty();
        }
        return Optional.of(Icon.from(bytes, type));
      }
    } catch (IOException e) {
      LOG.warn("Event image {} not used: {}", image, e.toString());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
