package webinarbot.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import webinarbot.domain.Change;

/** The {@code changes} column: an update notice's list of changes as JSON. */
final class ChangesJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Change>> LIST = new TypeReference<>() {};

  private ChangesJson() {}

  static String write(List<Change> changes) {
    if (changes.isEmpty()) {
      return null;
    }
    try {
      return JSON.writeValueAsString(changes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of string records always serializes", e);
    }
  }

  static List<Change> read(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    try {
      return JSON.readValue(text, LIST);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable changes in the ledger: " + text, e);
    }
  }
}
