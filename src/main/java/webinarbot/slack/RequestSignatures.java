package webinarbot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature: {@code v0=} and the hex HMAC-SHA256 of {@code v0:TIMESTAMP:BODY} under
 * the signing secret. Bolt's own generator formats each byte with {@code String.format}, which cost
 * more CPU than the whole {@code /webinars list} answer, hence this version; it also compares in
 * constant time.
 */
final class RequestSignatures {
  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();

  private final ThreadLocal<Mac> macs;

  RequestSignatures(String signingSecret) {
    SecretKeySpec key =
        new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    this.macs = ThreadLocal.withInitial(() -> newMac(key));
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JRE has " + ALGORITHM, e);
    }
  }

  String sign(String timestamp, String body) {
    return sign(timestamp, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Over the body's bytes as they came off the wire, before anything decoded them. */
  String sign(String timestamp, byte[] body) {
    Mac mac = macs.get();
    mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
    return "v0=" + HEX.formatHex(mac.doFinal(body));
  }

  boolean matches(String timestamp, String body, String signature) {
    return matches(timestamp, body.getBytes(StandardCharsets.UTF_8), signature);
  }

  boolean matches(String timestamp, byte[] body, String signature) {
    byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
  }
}
