package webinarbot.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import webinarbot.domain.PostKind;

/**
 * What makes a delivery unique: one post of one kind about one webinar in one channel, for one
 * {@link Revisions revision}. The ledger's primary key.
 */
public record DeliveryKey(String webinarId, PostKind kind, Target target, String revision) {
  public DeliveryKey {
    Objects.requireNonNull(webinarId, "webinarId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(revision, "revision");
  }

  /**
   * A short stable token for the platform (Slack message metadata, Discord nonce, which allows 25
   * characters), so a post can be found again after a crash between sending and recording it.
   */
  public String token() {
    String text =
        webinarId + '\u0000' + kind.code() + '\u0000' + target.key() + '\u0000' + revision;
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "wb" + HexFormat.of().formatHex(d, 0, 11);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  @Override
  public String toString() {
    return webinarId + "/" + kind.code() + "/" + target.key() + "@" + revision;
  }
}
