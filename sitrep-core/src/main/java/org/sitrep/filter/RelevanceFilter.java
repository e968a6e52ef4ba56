package org.sitrep.filter;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.coding.EventLexicon;

/**
 * Decides, before CoreNLP, which paragraphs of an article can hold an event: those with a trigger of the
 * event lexicon, matched on the lemmas CoreNLP's own lemmatiser would give the word as a verb or as a
 * noun ("fought" → fight, "raids" → raid), phrases in sequence. The coder codes only lexicon triggers,
 * so a paragraph without one cannot yield an event; skipping it skips the costly annotators (NER, the
 * dependency parser) where they would find nothing to code.
 *
 * <p>The unit is the paragraph, not the sentence: the coder places an event by its sentence, then its
 * paragraph, so the paragraph around a trigger keeps its places. The first paragraph is kept with any
 * other, since its dateline and lede set the article's focus.
 */
public final class RelevanceFilter {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");

  /** Trigger lemmas in sequence; a one-word trigger is a phrase of one. */
  private final List<List<String>> phrases = new ArrayList<>();
  private final Set<String> firstLemmas = new HashSet<>();
  /** What else keeps a text without a trigger whole: a learned classifier's word that it reports an event. */
  private final java.util.function.Predicate<String> alsoKept;

  private RelevanceFilter(EventLexicon lexicon, java.util.function.Predicate<String> alsoKept) {
    this.alsoKept = alsoKept;
    for (EventLexicon.Trigger t : lexicon.triggers()) {
      List<String> words = new ArrayList<>();
      for (String lemma : t.lemmas()) {
        Matcher m = WORD.matcher(lemma.toLowerCase(Locale.ROOT));
        while (m.find()) {
          words.add(m.group());
        }
      }
      if (!words.isEmpty()) {
        phrases.add(List.copyOf(words));
        firstLemmas.add(words.get(0));
      }
    }
  }

  public static RelevanceFilter of(EventLexicon lexicon) {
    return new RelevanceFilter(lexicon, paragraph -> false);
  }

  /**
   * A filter that also keeps a whole text that {@code reportsEvent} accepts (a brief the classifier reads
   * as an event): a coder that codes more than lexicon triggers must not lose its text before it sees it.
   */
  public static RelevanceFilter of(EventLexicon lexicon, java.util.function.Predicate<String> reportsEvent) {
    return new RelevanceFilter(lexicon, reportsEvent);
  }

  /**
   * What of a text to annotate.
   *
   * @param text       the text with every skipped paragraph blanked to spaces: same length, same offsets,
   *                   so everything found in it points into the article's body as it is
   * @param paragraphs paragraphs in the text
   * @param kept       paragraphs kept
   */
  public record Selection(String text, int paragraphs, int kept) {
    public boolean isEmpty() {
      return kept == 0;
    }
  }

  public Selection select(String body) {
    Morphology morphology = new Morphology(); // not thread-safe; cheap to make
    List<int[]> spans = paragraphs(body);
    boolean[] keep = new boolean[spans.size()];
    int kept = 0;
    for (int i = 0; i < spans.size(); i++) {
      keep[i] = holdsTrigger(body.substring(spans.get(i)[0], spans.get(i)[1]), morphology);
      kept += keep[i] ? 1 : 0;
    }
    if (kept < spans.size() && !body.isBlank() && alsoKept.test(body)) {
      return new Selection(body, spans.size(), spans.size());
    }
    if (kept > 0 && !keep[0]) {
      keep[0] = true;
      kept++;
    }
    if (kept == spans.size()) {
      return new Selection(body, spans.size(), kept);
    }
    char[] text = body.toCharArray();
    for (int i = 0; i < spans.size(); i++) {
      if (!keep[i]) {
        for (int c = spans.get(i)[0]; c < spans.get(i)[1]; c++) {
          if (!Character.isWhitespace(text[c])) {
            text[c] = ' ';
          }
        }
      }
    }
    return new Selection(new String(text), spans.size(), kept);
  }

  /** Whether some trigger's lemmas stand in sequence in the text. */
  boolean holdsTrigger(String text, Morphology morphology) {
    List<Set<String>> lemmas = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      lemmas.add(readings(m.group().toLowerCase(Locale.ROOT), morphology));
    }
    for (int i = 0; i < lemmas.size(); i++) {
      if (!containsAny(lemmas.get(i), firstLemmas)) {
        continue;
      }
      for (List<String> phrase : phrases) {
        if (matchesAt(lemmas, i, phrase)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matchesAt(List<Set<String>> lemmas, int at, List<String> phrase) {
    if (at + phrase.size() > lemmas.size()) {
      return false;
    }
    for (int j = 0; j < phrase.size(); j++) {
      if (!lemmas.get(at + j).contains(phrase.get(j))) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsAny(Set<String> a, Set<String> b) {
    for (String s : a) {
      if (b.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** The word and its lemmas as a verb and as a plural noun, as CoreNLP's lemmatiser gives them. */
  private static Set<String> readings(String word, Morphology morphology) {
    return Set.copyOf(List.of(word, morphology.lemma(word, "VBD"), morphology.lemma(word, "NNS")));
  }

  /** Paragraph spans [start, end) of a body whose paragraphs are separated by blank lines. */
  private static List<int[]> paragraphs(String body) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = PARAGRAPH_BREAK.matcher(body);
    int start = 0;
    while (m.find()) {
      spans.add(new int[] {start, m.start()});
      start = m.end();
    }
    spans.add(new int[] {start, body.length()});
    return spans;
  }
}
