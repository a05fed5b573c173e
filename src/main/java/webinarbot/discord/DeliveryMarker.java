package webinarbot.discord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ties a Discord message to the delivery that posted it, so a delivery that crashed between the
 * post and the ledger write finds its message instead of posting twice.
 *
 * <p>Two mechanisms, because Discord offers no invisible metadata on messages:
 *
 * <ul>
 *   <li>the {@link #nonce} with {@code enforce_nonce}: Discord itself answers a repeated send
 *       within a few minutes with the message already created;
 *   <li>the {@link #invisible} marker: 64 bits of the key's hash written as zero-width characters
 *       after the first word of the content, found again by scanning the channel's recent messages.
 *       Readers see nothing; edits drop it, as an edited message is already in the ledger.
 * </ul>
 */
final class DeliveryMarker {
  private static final char FRAME = '\u2063';
  private static final char[] SYMBOLS = {'\u200B', '\u200C', '\u2060', '\u2062'};
  private static final int BYTES = 8;

  private DeliveryMarker() {}

  /** 24 hex characters: Discord allows 25. */
  static String nonce(String deliveryKey) {
    return HexFormat.of().formatHex(hash(deliveryKey), 0, 12);
  }

  /** The framed zero-width marker for a delivery key. */
  static String invisible(String deliveryKey) {
    byte[] h = hash(deliveryKey);
    StringBuilder b = new StringBuilder().append(FRAME);
    for (int i = 0; i < BYTES; i++) {
      for (int shift = 6; shift >= 0; shift -= 2) {
        b.append(SYMBOLS[(h[i] >> shift) & 3]);
      }
    }
    return b.append(FRAME).toString();
  }

  /** True when {@code content} carries the marker of {@code deliveryKey}. */
  static boolean carries(String content, String deliveryKey) {
    return content.contains(invisible(deliveryKey));
  }

  private static byte[] hash(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
