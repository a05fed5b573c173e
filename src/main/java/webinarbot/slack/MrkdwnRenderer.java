package webinarbot.slack;

import java.net.URI;
import java.net.URISyntaxException;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
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
import org.commonmark.node.ListItem;
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
 * Page markdown to Slack mrkdwn. Every piece of text goes through {@link SlackText#escape}, so
 * markdown cannot smuggle a mention in; raw HTML is shown as the text it is. A link's text is
 * followed by its destination's host ({@link LinkLabels}): {@code <url|Register (evil.example)>}.
 */
public final class MrkdwnRenderer {
  private static final Parser PARSER = Parser.builder().build();

  private MrkdwnRenderer() {}

  public static String render(String markdown) {
    Writer w = new Writer();
    PARSER.parse(markdown).accept(w);
    return w.out.toString().replaceAll("\n{3,}", "\n\n").strip();
  }

  /** Walks the tree once, appending mrkdwn. Lists and quotes render their children separately. */
  private static final class Writer extends AbstractVisitor {
    private final StringBuilder out = new StringBuilder();
    private String indent = "";

    @Override
    public void visit(Paragraph p) {
      visitChildren(p);
      endBlock(p);
    }

    @Override
    public void visit(Heading h) {
      out.append('*').append(SlackText.escape(plain(h)).strip()).append('*');
      endBlock(h);
    }

    @Override
    public void visit(BulletList list) {
      items(list, null);
    }

    @Override
    public void visit(OrderedList list) {
      items(list, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber());
    }

    private void items(Node list, Integer number) {
      Integer n = number;
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        out.append(indent).append(n == null ? "• " : n++ + ". ");
        String saved = indent;
        indent = indent + "    ";
        visitItem(item);
        indent = saved;
        trimTrailingNewlines();
        out.append('\n');
      }
      out.append(list.getParent() instanceof ListItem ? "" : "\n");
    }

    private void visitItem(Node item) {
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof Paragraph) {
          visitChildren(child);
          out.append('\n');
        } else {
          child.accept(this);
        }
      }
    }

    @Override
    public void visit(ListItem item) {
      visitItem(item);
    }

    @Override
    public void visit(BlockQuote quote) {
      Writer inner = new Writer();
      inner.visitChildren(quote);
      for (String line : inner.out.toString().strip().split("\n")) {
        out.append("> ").append(line).append('\n');
      }
      out.append('\n');
    }

    @Override
    public void visit(FencedCodeBlock code) {
      codeBlock(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      codeBlock(code.getLiteral());
    }

    private void codeBlock(String literal) {
      out.append("```\n").append(SlackText.escape(literal.stripTrailing())).append("\n```\n\n");
    }

    @Override
    public void visit(ThematicBreak br) {
      out.append("———\n\n");
    }

    @Override
    public void visit(HtmlBlock html) {
      out.append(SlackText.escape(html.getLiteral().strip())).append("\n\n");
    }

    @Override
    public void visit(HtmlInline html) {
      out.append(SlackText.escape(html.getLiteral()));
    }

    @Override
    public void visit(Text text) {
      out.append(SlackText.escape(text.getLiteral()));
    }

    @Override
    public void visit(Code code) {
      out.append('`').append(SlackText.escape(code.getLiteral())).append('`');
    }

    @Override
    public void visit(Emphasis e) {
      wrap(e, "_");
    }

    @Override
    public void visit(StrongEmphasis e) {
      wrap(e, "*");
    }

    private void wrap(Node n, String mark) {
      out.append(mark);
      visitChildren(n);
      out.append(mark);
    }

    @Override
    public void visit(Link link) {
      out.append(linkTo(link.getDestination(), plain(link)));
    }

    @Override
    public void visit(Image image) {
      out.append(linkTo(image.getDestination(), plain(image)));
    }

    @Override
    public void visit(SoftLineBreak br) {
      out.append(' ');
    }

    @Override
    public void visit(HardLineBreak br) {
      out.append('\n').append(indent);
    }

    private void endBlock(Node n) {
      out.append(n.getParent() instanceof ListItem ? "\n" : "\n\n");
    }

    private void trimTrailingNewlines() {
      while (!out.isEmpty() && out.charAt(out.length() - 1) == '\n') {
        out.setLength(out.length() - 1);
      }
    }
  }

  private static String linkTo(String destination, String label) {
    String words = label.isBlank() ? destination : label;
    try {
      URI uri = new URI(destination.strip());
      if (SlackText.isWeb(uri)) {
        return SlackText.link(uri, LinkLabels.withHost(words, uri));
      }
    } catch (URISyntaxException e) {
      // not a URL a reader could follow: keep the words only
    }
    return SlackText.escape(words);
  }

  /** The text inside a node, without formatting: for link labels and headings. */
  private static String plain(Node node) {
    return new PlainText().of(node);
  }

  private static final class PlainText extends AbstractVisitor {
    private final StringBuilder text = new StringBuilder();

    String of(Node node) {
      visitChildren(node);
      return text.toString();
    }

    @Override
    public void visit(Text t) {
      text.append(t.getLiteral());
    }

    @Override
    public void visit(Code code) {
      text.append(code.getLiteral());
    }

    @Override
    public void visit(HtmlInline html) {
      text.append(html.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak br) {
      text.append(' ');
    }
  }
}
