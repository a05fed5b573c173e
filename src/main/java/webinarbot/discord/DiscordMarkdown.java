package webinarbot.discord;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import webinarbot.delivery.LinkLabels;

/**
 * Page markdown (CommonMark, as Hugo reads it) rewritten in the markdown Discord understands:
 * headings become bold lines, images become links, raw HTML is dropped, links other than http(s)
 * keep only their text, and every piece of text is escaped and has its mentions broken. A link's
 * text is followed by its destination's host ({@link LinkLabels}): {@code [Register
 * (evil.example)](url)}, so a masked link never hides where it goes.
 */
public final class DiscordMarkdown {
  private static final Parser PARSER = Parser.builder().build();

  private DiscordMarkdown() {}

  /**
   * @param base what relative links resolve against: the webinar's page
   */
  public static String render(String markdown, URI base) {
    String out = new DiscordMarkdown.Writer(base).blocks(PARSER.parse(markdown));
    return out.replaceAll("\n{3,}", "\n\n").strip();
  }

  /** Renders one parsed document; blocks and inlines are rendered to strings bottom-up. */
  private record Writer(URI base) {
    String blocks(Node parent) {
      StringBuilder b = new StringBuilder();
      boolean tight = parent instanceof ListBlock l && l.isTight();
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
        String text = block(n);
        if (text.isEmpty()) {
          continue;
        }
        if (b.length() > 0) {
          b.append(tight ? "\n" : "\n\n");
        }
        b.append(text);
      }
      return b.toString();
    }

    private String block(Node n) {
      if (n instanceof Paragraph) {
        return DiscordText.escapeLineStarts(inlines(n));
      } else if (n instanceof Heading) {
        String text = inlines(n).strip();
        return text.isEmpty() ? "" : "**" + text + "**";
      } else if (n instanceof BlockQuote) {
        return blocks(n).lines().map(l -> "> " + l).reduce((a, c) -> a + "\n" + c).orElse("");
      } else if (n instanceof ListBlock list) {
        return list(list);
      } else if (n instanceof FencedCodeBlock f) {
        return codeBlock(f.getInfo(), f.getLiteral());
      } else if (n instanceof IndentedCodeBlock c) {
        return codeBlock("", c.getLiteral());
      } else if (n instanceof ThematicBreak) {
        return "───";
      } else if (n instanceof HtmlBlock h) {
        return DiscordText.plain(h.getLiteral().replaceAll("<[^>]*>", " ").strip());
      }
      return "";
    }

    private String list(ListBlock list) {
      StringBuilder b = new StringBuilder();
      boolean ordered = list instanceof OrderedList;
      Integer start = ordered ? ((OrderedList) list).getMarkerStartNumber() : null;
      int number = start == null ? 1 : start;
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        String marker = ordered ? number + ". " : "- ";
        number++;
        String body = blocks(item).replace("\n", "\n" + " ".repeat(marker.length()));
        if (b.length() > 0) {
          b.append(list.isTight() ? "\n" : "\n\n");
        }
        b.append(marker).append(body);
      }
      return b.toString();
    }

    private static String codeBlock(String info, String literal) {
      String language = info == null ? "" : info.strip().split("\\s+")[0];
      // A fence inside the code would end the block early; so would a mention ping inside it.
      String code = DiscordText.neutralise(literal.replace("```", "`\u200B``").stripTrailing());
      return "```" + language.replaceAll("[^A-Za-z0-9+#-]", "") + "\n" + code + "\n```";
    }

    private String inlines(Node parent) {
      StringBuilder b = new StringBuilder();
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
        b.append(inline(n));
      }
      return b.toString();
    }

    private String inline(Node n) {
      if (n instanceof Text t) {
        return DiscordText.neutralise(DiscordText.escapeInline(t.getLiteral()));
      } else if (n instanceof Code c) {
        return "`" + DiscordText.neutralise(c.getLiteral().replace('`', 'ˋ')) + "`";
      } else if (n instanceof Emphasis) {
        return wrap("*", inlines(n));
      } else if (n instanceof StrongEmphasis) {
        return wrap("**", inlines(n));
      } else if (n instanceof Link link) {
        boolean bare =
            link.getFirstChild() instanceof Text t
                && t.getNext() == null
                && t.getLiteral().equals(link.getDestination());
        return bare ? link("", "", link.getDestination()) : link(link, link.getDestination());
      } else if (n instanceof Image image) {
        String alt = inlines(image).strip();
        return alt.isEmpty()
            ? link("image", "image", image.getDestination())
            : link(image, image.getDestination());
      } else if (n instanceof SoftLineBreak) {
        return " ";
      } else if (n instanceof HardLineBreak) {
        return "\n";
      } else if (n instanceof HtmlInline h) {
        return h.getLiteral().toLowerCase(Locale.ROOT).startsWith("<br") ? "\n" : "";
      }
      return inlines(n);
    }

    private static String wrap(String marker, String text) {
      return text.isBlank() ? text : marker + text + marker;
    }

    private String link(Node label, String destination) {
      return link(inlines(label).strip(), plainText(label).strip(), destination);
    }

    /**
     * @param text the label as Discord markdown (escaped)
     * @param words the same label as plain text, to compare with the destination
     */
    private String link(String text, String words, String destination) {
      Optional<URI> url = LinkPolicy.absoluteHttp(base, destination);
      if (url.isEmpty()) {
        return text;
      }
      String target = url.get().toString().replace(")", "%29").replace(" ", "%20");
      if (text.isBlank()) {
        return target;
      }
      String host =
          LinkLabels.needsHost(words, url.get())
              ? " (" + DiscordText.plain(LinkLabels.host(url.get())) + ")"
              : "";
      return "[" + text + host + "](" + target + ")";
    }

    /** The words inside a node, without markup: what a reader takes the link to say. */
    private static String plainText(Node parent) {
      StringBuilder b = new StringBuilder();
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
        if (n instanceof Text t) {
          b.append(t.getLiteral());
        } else if (n instanceof Code c) {
          b.append(c.getLiteral());
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
          b.append(' ');
        } else {
          b.append(plainText(n));
        }
      }
      return b.toString();
    }
  }
}
