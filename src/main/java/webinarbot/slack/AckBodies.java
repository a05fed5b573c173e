package webinarbot.slack;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.util.JsonOps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import webinarbot.command.Answer;
import webinarbot.command.Reply;

/**
 * The JSON answers to {@code /webinars}, remembered for the most recent replies. Many people ask
 * for the same list; rendering it and serialising Block Kit through the SDK's reflection costs far
 * more than the rest of a request. A reply is a value (the webinars in it included), so a changed
 * page makes a new entry rather than a stale hit.
 */
final class AckBodies {
  static final int CAPACITY = 256;

  private final ReplyMessages replies;

  private final Map<Object, String> recent =
      new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, String> eldest) {
          return size() > CAPACITY;
        }
      };

  AckBodies(ReplyMessages replies) {
    this.replies = replies;
  }

  /** The body of an ack carrying {@code answer}: {@code {response_type, text, blocks}}. */
  String json(Answer answer) {
    Object key = new AnswerKey(key(answer.reply()), answer.inChannel());
    synchronized (recent) {
      String cached = recent.get(key);
      if (cached != null) {
        return cached;
      }
    }
    String json = JsonOps.toJsonString(response(answer));
    synchronized (recent) {
      recent.put(key, json);
    }
    return json;
  }

  /**
   * Webinars are immutable and a catalogue hands out the same instances until the pages are read
   * again, so replies about webinars are keyed by identity: hashing whole webinars costs more than
   * rendering them.
   */
  private static Object key(Reply reply) {
    if (reply instanceof Reply.Webinars list) {
      return new ListKey(list.heading(), list.whenEmpty(), new Same(list.webinars()));
    }
    if (reply instanceof Reply.Detail detail) {
      return new DetailKey(new Same(List.of(detail.webinar())));
    }
    return reply;
  }

  private record AnswerKey(Object reply, boolean inChannel) {}

  private record ListKey(String heading, String whenEmpty, Same webinars) {}

  private record DetailKey(Same webinar) {}

  /** A list compared element by element with {@code ==}. */
  private static final class Same {
    private final List<?> items;
    private final int hash;

    Same(List<?> items) {
      this.items = items;
      int h = 1;
      for (Object o : items) {
        h = 31 * h + System.identityHashCode(o);
      }
      this.hash = h;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Same other) || other.items.size() != items.size()) {
        return false;
      }
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) != other.items.get(i)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  SlashCommandResponse response(Answer answer) {
    return response(replies.message(answer.reply()), !answer.inChannel());
  }

  static SlashCommandResponse response(SlackMessage m, boolean ephemeral) {
    return SlashCommandResponse.builder()
        .responseType(ephemeral ? "ephemeral" : "in_channel")
        .text(m.text())
        .blocks(m.blocks())
        .build();
  }
}
