package webinarbot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.ImageElement;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Block Kit blocks with Slack's limits applied. Callers pass text that is already escaped; mrkdwn
 * is marked {@code verbatim} so Slack does not go looking for names or channels to link in it.
 */
final class BlockKit {
  /** Button action ids start with this; the app acks clicks on them (see {@link BoltApps}). */
  static final String LINK_ACTION_PREFIX = "link-";

  private BlockKit() {}

  static LayoutBlock header(String escapedPlain) {
    return HeaderBlock.builder()
        .text(plain(SlackLimits.fit(escapedPlain, SlackLimits.HEADER_TEXT)))
        .build();
  }

  /** A section; text over the limit ends in "…" and a link to {@code page}. */
  static LayoutBlock section(String mrkdwn, URI page) {
    return SectionBlock.builder()
        .text(mrkdwn(SlackLimits.fit(mrkdwn, SlackLimits.SECTION_TEXT, page)))
        .build();
  }

  static LayoutBlock section(String mrkdwn) {
    return SectionBlock.builder()
        .text(mrkdwn(SlackLimits.fit(mrkdwn, SlackLimits.SECTION_TEXT)))
        .build();
  }

  /** A section with a small image on the right, such as a speaker's photo. */
  static LayoutBlock sectionWithImage(String mrkdwn, URI page, URI image, String escapedAlt) {
    BlockElement photo =
        ImageElement.builder()
            .imageUrl(SlackText.rawUrl(image))
            .altText(SlackLimits.fit(escapedAlt, SlackLimits.ALT_TEXT))
            .build();
    return SectionBlock.builder()
        .text(mrkdwn(SlackLimits.fit(mrkdwn, SlackLimits.SECTION_TEXT, page)))
        .accessory(photo)
        .build();
  }

  static LayoutBlock context(String mrkdwn) {
    return ContextBlock.builder()
        .elements(List.of(mrkdwn(SlackLimits.fit(mrkdwn, SlackLimits.SECTION_TEXT))))
        .build();
  }

  static LayoutBlock divider() {
    return DividerBlock.builder().build();
  }

  /** URL buttons, at most 25, each label at most 75 characters. */
  static LayoutBlock buttons(List<LinkButton> links) {
    List<BlockElement> elements = new ArrayList<>();
    for (LinkButton b : links.subList(0, Math.min(links.size(), SlackLimits.BUTTONS_PER_ACTIONS))) {
      elements.add(
          ButtonElement.builder()
              .text(plain(SlackLimits.fit(SlackText.escape(b.label()), SlackLimits.BUTTON_TEXT)))
              .url(SlackText.rawUrl(b.url()))
              .actionId(LINK_ACTION_PREFIX + elements.size())
              .build());
    }
    return ActionsBlock.builder().elements(elements).build();
  }

  /** The action id of the "Remind me" button; its value is the webinar's id. */
  static final String REMIND_ACTION = "remind-me";

  /**
   * "Remind me" (or, for who is on the list, "Cancel my reminder"): a click subscribes or
   * unsubscribes the clicker, answered to them alone.
   */
  static LayoutBlock remindMe(String webinarId, boolean cancel) {
    return ActionsBlock.builder()
        .blockId(REMIND_ACTION)
        .elements(List.of(remindButton(webinarId, cancel)))
        .build();
  }

  /** {@code links} with "Remind me" in front, at most 25 buttons. */
  static LayoutBlock withRemindMe(ActionsBlock links, String webinarId) {
    List<BlockElement> elements = new ArrayList<>();
    elements.add(remindButton(webinarId, false));
    elements.addAll(links.getElements());
    return ActionsBlock.builder()
        .blockId(links.getBlockId())
        .elements(elements.subList(0, Math.min(elements.size(), SlackLimits.BUTTONS_PER_ACTIONS)))
        .build();
  }

  private static ButtonElement remindButton(String webinarId, boolean cancel) {
    return ButtonElement.builder()
        .text(plain(cancel ? "Cancel my reminder" : ":bell: Remind me"))
        .actionId(REMIND_ACTION)
        .value(webinarId)
        .build();
  }

  private static PlainTextObject plain(String text) {
    return PlainTextObject.builder().text(text).emoji(true).build();
  }

  private static MarkdownTextObject mrkdwn(String text) {
    return MarkdownTextObject.builder().text(text).verbatim(true).build();
  }
}
