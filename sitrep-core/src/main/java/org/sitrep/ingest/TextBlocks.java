package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The text blocks of one (copied) page. Which elements hold a block is worked out once, children
 * before parents, so asking it of every inline element stays linear in the page.
 */
final class TextBlocks {
  private static final Set<String> BLOCK_TAGS = Set.of("p", "pre", "blockquote", "h2", "h3", "h4", "li",
      "div", "section", "article", "ul", "ol", "table", "main", "figure", "form", "header", "footer", "aside",
      "dl", "dd", "dt", "tr", "tbody");
  /** Elements read as one paragraph each; a table row is one line, as a reader sees it. */
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "h2", "h3", "h4", "li", "tr",
      "dd");

  /**
   * A paragraph as the scorer reads it: a paragraph element's text, or a run of a container's loose
   * text between its blocks and double line breaks. {@code parent} is the element it is credited to
   * when containers are scored; {@code source} is where it sits in the page.
   */
  record Block(String text, Element source, Element parent, int linkChars, int run) {
    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    /** The same paragraph found again through another container is one paragraph (identity, not text). */
    Object key() {
      return java.util.Arrays.asList(source, run);
    }

    private static Block of(Element e) {
      String text = e.text();
      return new Block(text, e, e.parent(), inLink(e) ? text.length() : TextBlocks.linkChars(e), -1);
    }
  }

  private final Set<Element> blocky = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final int minParagraph;

  TextBlocks(Element root, int minParagraph) {
    this.minParagraph = minParagraph;
    Elements all = root.getAllElements();
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      if (BLOCK_TAGS.contains(e.tagName())) {
        blocky.add(e);
      } else {
        for (Element c : e.children()) {
          if (blocky.contains(c)) {
            blocky.add(e);
            break;
          }
        }
      }
    }
  }

  /** Paragraph elements, divs used as paragraphs, and the loose text between a container's blocks. */
  List<Block> textBlocks(Element root) {
    List<Block> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  /**
   * A walk with its own stack, not the call stack: a page of thousands of nested elements is walked
   * like any other (a recursive walk overflowed at about 3,000). A container's loose text is read in
   * its place between its blocks, as a reader meets it.
   */
  private void collect(Element root, List<Block> out) {
    java.util.ArrayDeque<Object> stack = new java.util.ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Object top = stack.pop();
      if (top instanceof Block block) {
        out.add(block);
        continue;
      }
      Element e = (Element) top;
      boolean paragraph = PARAGRAPH_TAGS.contains(e.tagName());
      boolean blockChild = hasBlockChild(e);
      if (paragraph && !blockChild) {
        out.add(Block.of(e));
        continue;
      }
      if (!blockChild) {
        if (ownTextLength(e) >= minParagraph) {
          // a div holding text directly: a paragraph, or several parted by double line breaks
          runs(e, e.parent()).forEach(out::add);
        } else {
          pushChildren(stack, e.children());
        }
        continue;
      }
      List<Object> inOrder = ownTextLength(e) >= minParagraph ? runsAndBlocks(e) : new ArrayList<>(e.children());
      pushChildren(stack, inOrder);
    }
  }

  private static void pushChildren(java.util.Deque<Object> stack, List<?> children) {
    for (int i = children.size() - 1; i >= 0; i--) {
      stack.push(children.get(i));
    }
  }

  /** A text-only container's runs of text: it is read as paragraphs of its parent. */
  private List<Block> runs(Element e, Element creditedTo) {
    List<Block> out = new ArrayList<>();
    for (Object o : new TextRuns(e, creditedTo).split()) {
      if (o instanceof Block b) {
        out.add(b);
      }
    }
    return out;
  }

  /** A container's loose text as paragraphs (credited to it) between its blocks, in page order. */
  private List<Object> runsAndBlocks(Element e) {
    return new TextRuns(e, e).split();
  }

  /**
   * Splits a container's child nodes into block children and runs of loose text ("text<br><br>text"):
   * a run ends at a block, at an inline element that holds a block, and at a double line break.
   */
  private final class TextRuns {
    private final Element container;
    private final Element creditedTo;
    private final List<Object> items = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private int links;
    private boolean afterBreak;

    TextRuns(Element container, Element creditedTo) {
      this.container = container;
      this.creditedTo = creditedTo;
    }

    List<Object> split() {
      for (Node n : container.childNodes()) {
        if (n instanceof TextNode t) {
          if (!t.isBlank()) {
            run.append(t.text());
            afterBreak = false;
          }
        } else if (n instanceof Element c) {
          if (c.tagName().equals("br")) {
            if (afterBreak) {
              flush();
            }
            afterBreak = true;
            run.append(' ');
          } else if (isBlock(c)) {
            flush();
            items.add(c);
          } else {
            String text = c.text();
            run.append(text);
            links += c.tagName().equals("a") ? text.length() : linkChars(c);
            afterBreak &= text.isBlank();
          }
        }
      }
      flush();
      return items;
    }

    private void flush() {
      String text = run.toString().replaceAll("\\s+", " ").strip();
      if (!text.isEmpty()) {
        int linked = inLink(container) ? text.length() : Math.min(links, text.length());
        items.add(new Block(text, container, creditedTo, linked, items.size()));
      }
      run.setLength(0);
      links = 0;
      afterBreak = false;
    }
  }

  private boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (isBlock(c)) {
        return true;
      }
    }
    return false;
  }

  /** A block element, or an inline one wrapping blocks (a span around divs is read as a container). */
  private boolean isBlock(Element e) {
    return blocky.contains(e);
  }

  private int ownTextLength(Element e) {
    int n = 0;
    for (Node c : e.childNodes()) {
      if (c instanceof TextNode t) {
        n += t.text().strip().length();
      } else if (c instanceof Element el && !isBlock(el)) {
        n += el.text().length();
      }
    }
    return n;
  }

  /** Inside a link: a headline wrapped in {@code <a>} is a link to another story, all of it. */
  static boolean inLink(Element e) {
    return e.closest("a") != null;
  }

  static int linkChars(Element e) {
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return links;
  }
}
