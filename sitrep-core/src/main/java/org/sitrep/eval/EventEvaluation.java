package org.sitrep.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.Event;

/**
 * Scores coded events against the team's gold set. An event matches a gold event of the same document
 * when they agree on the ACLED event type, on the date (their periods, by precision, overlap once
 * widened by one day) and on the place (within {@link #MATCH_KM} km of the gold coordinates); gold and
 * coded events are paired one to one, each gold event with the first coded event that matches it.
 * Over the matched pairs: per-field accuracy of actor1, actor2, fatalities and sub-event type. Beside
 * the match, a confusion table of event types pairs each gold event with a coded event of the same
 * sentence, whatever its type.
 */
public final class EventEvaluation {
  public static final double MATCH_KM = 50;

  private EventEvaluation() {
  }

  /** One gold event and what the coder made of it. */
  public record Outcome(EventGold.GoldEvent gold, Event matched, Event sameSentence) {
  }

  /**
   * The scores of a run.
   *
   * @param coded     events the coder produced on the gold documents
   * @param outcomes  every gold event, matched or not
   * @param spurious  coded events that match no gold event
   */
  public record Result(int coded, List<Outcome> outcomes, List<Event> spurious) {
    public long matched() {
      return outcomes.stream().filter(o -> o.matched() != null).count();
    }

    public double precision() {
      return coded == 0 ? 0 : (double) matched() / coded;
    }

    public double recall() {
      return outcomes.isEmpty() ? 0 : (double) matched() / outcomes.size();
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of matched pairs whose field agrees. */
    public double fieldAccuracy(Function<Outcome, Boolean> agrees) {
      List<Outcome> m = outcomes.stream().filter(o -> o.matched() != null).toList();
      return m.isEmpty() ? 0 : (double) m.stream().filter(agrees::apply).count() / m.size();
    }

    /** Gold event type → coded type of the same sentence ("none" if the sentence yielded nothing) → count. */
    public Map<String, Map<String, Integer>> confusion() {
      Map<String, Map<String, Integer>> table = new TreeMap<>();
      for (Outcome o : outcomes) {
        String coded = o.sameSentence() == null ? "none" : o.sameSentence().type().acledType();
        table.computeIfAbsent(o.gold().eventType(), k -> new TreeMap<>()).merge(coded, 1, Integer::sum);
      }
      return table;
    }
  }

  public static Result score(EventGold gold, Function<Article, CodedArticle> coder) {
    List<Outcome> outcomes = new ArrayList<>();
    List<Event> spurious = new ArrayList<>();
    int coded = 0;
    for (EventGold.Doc doc : gold.docs()) {
      List<Event> events = new ArrayList<>(coder.apply(doc.article()).events());
      coded += events.size();
      List<Event> unmatched = new ArrayList<>(events);
      for (EventGold.GoldEvent g : gold.events()) {
        if (!g.doc().equals(doc.id())) {
          continue;
        }
        Event match = unmatched.stream().filter(e -> matches(g, e)).findFirst().orElse(null);
        unmatched.remove(match);
        Event sameSentence = events.stream()
            .filter(e -> g.bodyStart() >= 0 && e.evidence().start() < g.bodyEnd() && g.bodyStart() < e.evidence().end())
            .findFirst().orElse(null);
        outcomes.add(new Outcome(g, match, sameSentence));
      }
      spurious.addAll(unmatched);
    }
    return new Result(coded, outcomes, spurious);
  }

  static boolean matches(EventGold.GoldEvent g, Event e) {
    if (!g.eventType().equals(e.type().acledType()) || e.place() == null || g.date() == null) {
      return false;
    }
    LocalDate[] coded = period(e.date().date(), e.date().precision());
    LocalDate[] gold = period(g.date(), g.precision());
    if (coded[1].plusDays(1).isBefore(gold[0]) || gold[1].plusDays(1).isBefore(coded[0])) {
      return false;
    }
    return e.place().distanceKm(g.lat(), g.lon()) <= MATCH_KM;
  }

  private static LocalDate[] period(LocalDate d, DatePrecision p) {
    return switch (p) {
      case DAY -> new LocalDate[] {d, d};
      case WEEK -> new LocalDate[] {d, d.plusDays(6)};
      case MONTH -> new LocalDate[] {d.withDayOfMonth(1), d.withDayOfMonth(d.lengthOfMonth())};
      case YEAR -> new LocalDate[] {d.withDayOfYear(1), d.withDayOfYear(d.lengthOfYear())};
    };
  }

  /** Whether a coded actor agrees with the gold name (both absent counts as agreement). */
  public static boolean sameActor(String gold, org.sitrep.domain.Actor coded) {
    String name = coded == null ? "" : coded.name();
    return Objects.equals(gold == null ? "" : gold, name);
  }
}
