package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

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
  private static final int MIN_PARAGRAPH = 25;

  private ContentScorer() {
  }

  /**
   * Body paragraphs in reading order; empty if the page holds no scorable text. As Readability does, a
   * first attempt drops containers whose class or id look like page furniture; if that leaves less than
   * 500 characters, the furniture was holding the article, and a second attempt keeps it.
   */
  static List<String> paragraphs(Element body) {
    List<String> strict = paragraphs(body.clone(), true);
    if (strict.stream().mapToInt(String::length).sum() >= 500) {
      return strict;
    }
    List<String> lenient = paragraphs(body.clone(), false);
    return lenient.stream().mapToInt(String::length).sum() > strict.stream().mapToInt(String::length).sum()
        ? lenient : strict;
  }

  private static List<String> paragraphs(Element body, boolean dropUnlikely) {
    if (dropUnlikely) {
      removeUnlikely(body);
    }
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element block : textBlocks(body)) {
      String text = block.text();
      if (text.length() < MIN_PARAGRAPH) {
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
      double threshold = Math.max(10, topScore * 0.2);
      for (Element sibling : parent.children()) {
        boolean sameKind = !top.className().isEmpty() && sibling.className().equals(top.className());
        double bonus = sameKind ? topScore * 0.2 : 0; // sections of one article share their class
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
        if (other != top && !parts.contains(other) && e.getValue() >= topScore * 0.3
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
    Set<String> out = new LinkedHashSet<>();
    for (Element part : parts) {
      for (Element block : textBlocks(part)) {
        String text = block.text().strip();
        // quoted posts (embedded tweets) are mostly links and still part of the story
        boolean quoted = block.closest("blockquote") != null;
        if (!text.isEmpty() && (quoted || linkDensity(block) < 0.5) && !ScrapedTextCleaner.isDebris(text)) {
          out.add(text);
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

  /** Paragraph elements, and containers whose own text is not in any block child ("div" used as "p"). */
  private static List<Element> textBlocks(Element root) {
    List<Element> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  /**
   * A walk with its own stack, not the call stack: a page of thousands of nested elements is walked
   * like any other (a recursive walk overflowed at about 3,000). An element's loose text is emitted
   * after its children's blocks, as a reader meets it.
   */
  private static void collect(Element root, List<Element> out) {
    java.util.ArrayDeque<Object> stack = new java.util.ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Object top = stack.pop();
      if (top instanceof LooseText loose) {
        loose.emit(out);
        continue;
      }
      Element e = (Element) top;
      boolean paragraph = PARAGRAPH_TAGS.contains(e.tagName());
      boolean blockChild = hasBlockChild(e);
      if (paragraph && !blockChild) {
        out.add(e);
        continue;
      }
      if (!paragraph && !blockChild && ownTextLength(e) >= MIN_PARAGRAPH) {
        out.add(e); // a div holding text directly
        continue;
      }
      if (!paragraph && blockChild && ownTextLength(e) >= MIN_PARAGRAPH) {
        stack.push(new LooseText(e)); // popped after every child below
      }
      List<Element> children = e.children();
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
  }

  /** Loose text between blocks ("text<br>text" inside a div with some block children), as a paragraph. */
  private record LooseText(Element container) {
    void emit(List<Element> out) {
      StringBuilder loose = new StringBuilder();
      for (Node n : container.childNodes()) {
        if (n instanceof TextNode t) {
          loose.append(t.text());
        } else if (n instanceof Element c && !BLOCK_TAGS.contains(c.tagName())) {
          loose.append(c.text());
        }
      }
      if (loose.toString().strip().length() >= MIN_PARAGRAPH) {
        out.add(new Element("p").text(loose.toString().strip()));
      }
    }
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (BLOCK_TAGS.contains(c.tagName())) {
        return true;
      }
    }
    return false;
  }

  private static int ownTextLength(Element e) {
    int n = 0;
    for (Node c : e.childNodes()) {
      if (c instanceof TextNode t) {
        n += t.text().strip().length();
      } else if (c instanceof Element el && !BLOCK_TAGS.contains(el.tagName())) {
        n += el.text().length();
      }
    }
    return n;
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
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return (double) links / total;
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
