package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

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
  private ContentScorer() {
  }

  /**
   * Body paragraphs in reading order; empty if the page holds no scorable text. As Readability does, a
   * first attempt drops containers whose class or id look like page furniture; if that leaves less than
   * 500 characters, the furniture was holding the article, and a second attempt keeps it.
   */
  static List<String> paragraphs(Element body, ExtractionSettings settings) {
    return blocks(body, settings).stream().map(TextBlocks.Block::text).toList();
  }

  /** {@link #paragraphs}, with where each sits in a copy of the page. */
  static List<TextBlocks.Block> blocks(Element body, ExtractionSettings settings) {
    List<TextBlocks.Block> strict = blocks(body.clone(), true, settings);
    if (length(strict) >= settings.strictEnough()) {
      return strict;
    }
    List<TextBlocks.Block> lenient = blocks(body.clone(), false, settings);
    return length(lenient) > length(strict) ? lenient : strict;
  }

  static int length(List<TextBlocks.Block> blocks) {
    return blocks.stream().mapToInt(b -> b.text().length()).sum();
  }

  private static List<TextBlocks.Block> blocks(Element body, boolean dropUnlikely, ExtractionSettings settings) {
    if (dropUnlikely) {
      removeUnlikely(body);
    }
    TextBlocks layout = new TextBlocks(body, settings.minParagraph());
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (TextBlocks.Block block : layout.textBlocks(body)) {
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
    List<TextBlocks.Block> out = new ArrayList<>();
    Set<Object> seen = new java.util.HashSet<>();
    for (Element part : parts) {
      for (TextBlocks.Block block : layout.textBlocks(part)) {
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
    return total == 0 ? 0 : (double) TextBlocks.linkChars(e) / total;
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
