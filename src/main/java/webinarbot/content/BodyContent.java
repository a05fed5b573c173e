package webinarbot.content;

import java.util.List;
import webinarbot.domain.Button;
import webinarbot.domain.Speaker;

/** What a page body holds once its shortcodes are understood. */
record BodyContent(String description, List<Speaker> speakers, List<Button> buttons) {}
