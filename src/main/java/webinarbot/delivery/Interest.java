package webinarbot.delivery;

import java.util.Set;

/** How many people want a reminder of a talk: the number an announcement shows. */
public interface Interest {
  /** Nobody, anywhere: posts show no number. */
  Interest NONE =
      new Interest() {
        @Override
        public int count(String webinarId) {
          return 0;
        }

        @Override
        public Set<String> webinars() {
          return Set.of();
        }
      };

  int count(String webinarId);

  /** The talks someone is interested in: what to check after a restart. */
  Set<String> webinars();
}
