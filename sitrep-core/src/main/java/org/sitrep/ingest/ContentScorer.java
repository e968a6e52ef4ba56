package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the article body of a page by scoring containers on the text they hold, after the scheme of
 * Arc90's Readability (and Mozilla's readability.js): each paragraph of 25+ characters scores one point,
 * one per comma and one per 100 characters (up to three), credited in full to its parent, half to its
 * grandparent and a third above; containers start from their tag and class ("article-body" up,
 * "comment" and "sidebar" down) and lose the share of their text that sits in links. The best container
 * and those of its siblings that score close to it hold the body; its paragraphs are read in order.
 */
final class ContentScorer {
  private static final Pattern UNLIKELY = Pattern.compile(
      "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|"
          + "related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|"
          + "pagination|pager|popup|yom-remote|newsletter|subscribe|share|promo|recommend|trending|most-read|outbrain|"
          + "taboola|cookie|consent|byline|author-bio|tags|toolbar", Pattern.CASE_INSENSITIVE);
  private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|post",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|"
          + "meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|"
          + "newsletter|subscribe|recommend|caption|credit",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> BLOCK_TAGS = Set.of("p", "pre", "blockquote", "h2", "h3", "h4", "li",
      "div", "section", "article", "ul", "ol", "table", "main", "figure", "form", "header", "footer", "aside",
      "dl", "dd", "dt", "tr", "tbody");
  /** Elements read as one paragraph each; a table row is one line, as a reader sees it. */
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "h2", "h3", "h4", "li", "tr",
      "dd");

  private ContentScorer() {
  }

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
      return new Block(text, e, e.parent(), inLink(e) ? text.length() : ContentScorer.linkChars(e), -1);
    }
  }

  /**
   * Body paragraphs in reading order; empty if the page holds no scorable text. As Readability does, a
   * first attempt drops containers whose class or id look like page furniture; if that leaves less than
   * 500 characters, the furniture was holding the article, and a second attempt keeps it.
   */
  static List<String> paragraphs(Element body, ExtractionSettings settings) {
    return blocks(body, settings).stream().map(Block::text).toList();
  }

  /** {@link #paragraphs}, with where each sits in a copy of the page. */
  static List<Block> blocks(Element body, ExtractionSettings settings) {
    List<Block> strict = blocks(body.clone(), true, settings);
    if (length(strict) >= settings.strictEnough()) {
      return strict;
    }
    List<Block> lenient = blocks(body.clone(), false, settings);
    return length(lenient) > length(strict) ? lenient : strict;
  }

  static int length(List<Block> blocks) {
    return blocks.stream().mapToInt(b -> b.text().length()).sum();
  }

  private static List<Block> blocks(Element body, boolean dropUnlikely, ExtractionSettings settings) {
    if (dropUnlikely) {
      removeUnlikely(body);
    }
    Layout layout = new Layout(body, settings.minParagraph());
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Block block : layout.textBlocks(body)) {
      String text = block.text();
      if (text.length() < settings.minParagraph()) {
        continue;
      }
      double score = 1 + count(text, ',') + Math.min(text.length() / 100.0, 3);
      Element ancestor = block.parent();
      for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
        Element a = ancestor;
        scores.computeIfAbsent(a, ContentScorer::initialScore);
        scores.put(a, scores.get(a) + score / (level == 0 ? 1 : level == 1 ? 2 : level * 3));
      }
    }
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - linkDensity(e.getKey()));
      e.setValue(s);
      if (s > topScore) {
        topScore = s;
        top = e.getKey();
      }
    }
    if (top == null) {
      return List.of();
    }
    List<Element> parts = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null) {
      parts.add(top);
    } else {
      double threshold = Math.max(10, topScore * settings.siblingShare());
      for (Element sibling : parent.children()) {
        boolean sameKind = !top.className().isEmpty() && sibling.className().equals(top.className());
        double bonus = sameKind ? topScore * settings.siblingShare() : 0; // sections of one article share their class
        if (sibling == top || scores.getOrDefault(sibling, 0.0) + bonus >= threshold || isGoodParagraph(sibling)) {
          parts.add(sibling);
        }
      }
    }
    // An article cut into chunks by ads and pull quotes: chunks of the same class as the best container,
    // anywhere on the page, scoring within reach of it, are more of the article.
    if (!top.className().isBlank()) {
      for (Map.Entry<Element, Double> e : scores.entrySet()) {
        Element other = e.getKey();
        if (other != top && !parts.contains(other) && e.getValue() >= topScore * settings.chunkShare()
            && other.tagName().equals(top.tagName()) && other.className().equals(top.className())
            && !other.parents().contains(top) && !top.parents().contains(other)) {
          parts.add(other);
        }
      }
      Map<Element, Integer> order = new IdentityHashMap<>();
      int k = 0;
      for (Element e : body.getAllElements()) {
        order.put(e, k++);
      }
      parts.sort(java.util.Comparator.comparingInt(e -> order.getOrDefault(e, Integer.MAX_VALUE)));
    }
    List<Block> out = new ArrayList<>();
    Set<Object> seen = new java.util.HashSet<>();
    for (Element part : parts) {
      for (Block block : layout.textBlocks(part)) {
        String text = block.text().strip();
        // quoted posts (embedded tweets) are mostly links and still part of the story
        boolean quoted = block.source().closest("blockquote") != null;
        if (!text.isEmpty() && (quoted || block.linkDensity() < settings.maxLinkDensity()) && !ScrapedTextCleaner.isDebris(text)
            && seen.add(block.key())) {
          out.add(block);
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean isGoodParagraph(Element e) {
    if (!e.tagName().equals("p")) {
      return false;
    }
    String text = e.text();
    return text.length() > 80 && linkDensity(e) < 0.25;
  }

  /**
   * The text blocks of one (copied) page. Which elements hold a block is worked out once, children
   * before parents, so asking it of every inline element stays linear in the page.
   */
  private static final class Layout {
    private final Set<Element> blocky = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final int minParagraph;

    Layout(Element root, int minParagraph) {
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
  }

  private static void removeUnlikely(Element root) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root || e.tagName().equals("body") || e.tagName().equals("article") || e.tagName().equals("main")) {
        continue;
      }
      String key = e.className() + " " + e.id();
      if (key.isBlank()) {
        continue;
      }
      if (UNLIKELY.matcher(key).find() && !MAYBE.matcher(key).find()) {
        doomed.add(e);
      }
    }
    doomed.forEach(Element::remove);
  }

  private static double initialScore(Element e) {
    double s = switch (e.tagName()) {
      case "article" -> 10;
      case "div", "section", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    String key = e.className() + " " + e.id();
    if (!key.isBlank()) {
      if (NEGATIVE.matcher(key).find()) {
        s -= 25;
      }
      if (POSITIVE.matcher(key).find()) {
        s += 25;
      }
    }
    if ("articleBody".equals(e.attr("itemprop"))) {
      s += 50;
    }
    return s;
  }

  private static double linkDensity(Element e) {
    int total = e.text().length();
    return total == 0 ? 0 : (double) linkChars(e) / total;
  }

  /** Inside a link: a headline wrapped in {@code <a>} is a link to another story, all of it. */
  private static boolean inLink(Element e) {
    return e.closest("a") != null;
  }

  private static int linkChars(Element e) {
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return links;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
