package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.domain.Article;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;
import org.sitrep.geo.PlaceContainment;
import org.sitrep.geo.PlaceCues;
import org.sitrep.geo.PlaceContext;
import org.sitrep.geo.PlaceContexts;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.geo.PublisherLocale;
import org.sitrep.geo.StoryArea;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.PlaceMention;
import org.sitrep.stage.Stage;

/**
 * Geoparsing evaluation as the field reports it (Gritta et al. 2019, "A pragmatic guide to geoparsing
 * evaluation"): accuracy@161 km (share of toponyms placed within 100 miles of the gold point; a
 * toponym left unresolved counts as a miss), median error in km, and for recognition precision,
 * recall and F1 over exact spans.
 */
public final class GeoEvaluation {
  private static final double ACCURACY_KM = 161;

  private GeoEvaluation() {
  }

  /**
   * Resolution scores. {@code withinByArea} also counts as hits the toponyms resolved to a country or
   * first-level division that holds the gold point (by the populated place nearest to it, within
   * {@value #AREA_PROBE_KM} km): for areas the point-distance measure scores the gazetteer's choice of
   * representative point, not the resolution.
   */
  public record Resolution(int toponyms, int resolved, int within161, double medianErrorKm, double meanErrorKm,
                           double auc, int withinByArea, int hinted, int hintsWithin161, double resolveSeconds) {
    public double accuracy() {
      return toponyms == 0 ? 0 : (double) within161 / toponyms;
    }

    public double accuracyByArea() {
      return toponyms == 0 ? 0 : (double) withinByArea / toponyms;
    }

    /** Accuracy if the unresolved names' story-area hints were taken as answers: a bound, never the score. */
    public double accuracyWithHints() {
      return toponyms == 0 ? 0 : (double) (within161 + hintsWithin161) / toponyms;
    }
  }

  private static final double AREA_PROBE_KM = 200;

  /** A resolution farther than 161 km from the gold point, to be checked for containment. */
  private record AreaMiss(Place place, double lat, double lon) {
  }

  /**
   * Recognition scores over exact spans, and resolution of the matched ones.
   *
   * @param relevant         gold spans
   * @param retrieved        predicted spans
   * @param hits             predicted spans that match a gold span exactly
   * @param matchedWithin161 of those, the ones resolved within 161 km of the gold point
   */
  public record Recognition(int relevant, int retrieved, int hits, int matchedWithin161) implements PrecisionRecall {
  }

  /**
   * Resolution with gold spans: each gold toponym's text is resolved in the context of the document's
   * other toponyms (its country focus) and the publisher's country (from the domain's TLD).
   */
  public static Resolution resolveGoldSpans(GeoDataset data, PlaceResolver resolver,
                                            java.util.function.BiFunction<Double, Double, Optional<Place>> placeAt,
                                            java.util.function.Consumer<String> misses) {
    int total = 0;
    int resolved = 0;
    int hits = 0;
    int areaHits = 0;
    int hinted = 0;
    int hintHits = 0;
    List<AreaMiss> areaMisses = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    long start = System.nanoTime();
    for (GeoDataset.Doc doc : data.docs()) {
      List<String> names = doc.toponyms().stream().map(GeoDataset.Toponym::text).toList();
      List<String> context = PublisherLocale.countryOf(doc.domain()).map(List::of).orElse(List.of());
      List<PlaceContainment.Named> named = doc.toponyms().stream()
          .map(x -> new PlaceContainment.Named(x.start(), x.end(), x.text())).toList();
      PlaceContexts.Story story = resolver.contexts().story(doc.text(), named,
          named.stream().map(n -> PlaceCues.modifier(doc.text(), n.start(), n.end())).toList(), context);
      List<PlaceResolver.Reading> firstPass = new ArrayList<>();
      names.forEach(n -> resolver.resolve(n, null, true, story.first()).ifPresent(firstPass::add));
      PlaceContext focus = resolver.contexts().refine(story.first(), firstPass, context);
      List<Place> readings = new ArrayList<>();
      List<GeoDataset.Toponym> unknown = new ArrayList<>();
      for (int i = 0; i < doc.toponyms().size(); i++) {
        GeoDataset.Toponym t = doc.toponyms().get(i);
        total++;
        Optional<PlaceResolver.Reading> r = resolver.resolve(t.text(), story.cues().get(i), true, focus,
            story.containers().get(i));
        if (r.isEmpty()) {
          errors.add(Double.MAX_VALUE);
          unknown.add(t);
          misses.accept(String.join("\t", doc.id(), t.text(), "unresolved", "", t.geonameId(), t.type()));
          continue;
        }
        readings.add(r.get().place());
        resolved++;
        double km = r.get().place().distanceKm(t.lat(), t.lon());
        errors.add(km);
        if (km <= ACCURACY_KM) {
          hits++;
          areaHits++;
        } else {
          areaMisses.add(new AreaMiss(r.get().place(), t.lat(), t.lon()));
          misses.accept(String.join("\t", doc.id(), t.text(), r.get().place().gazetteerId() + " " + r.get().place().name()
              + " " + r.get().place().country(), String.valueOf(Math.round(km)), t.geonameId(), t.type()));
        }
      }
      Optional<Place> area = StoryArea.of(readings);
      if (area.isPresent()) {
        for (GeoDataset.Toponym t : unknown) {
          hinted++;
          hintHits += area.get().distanceKm(t.lat(), t.lon()) <= ACCURACY_KM ? 1 : 0;
        }
      }
    }
    double resolveSeconds = (System.nanoTime() - start) / 1e9;
    for (AreaMiss m : areaMisses) { // after the timed part: the probe is a scan of the gazetteer
      areaHits += holds(m.place(), m.lat(), m.lon(), placeAt) ? 1 : 0;
    }
    return new Resolution(total, resolved, hits, median(errors), meanOfResolved(errors), auc(errors), areaHits,
        hinted, hintHits, resolveSeconds);
  }

  /** Whether a resolved country or first-level division holds a point, judged by the place nearest it. */
  private static boolean holds(Place area, double lat, double lon,
                               java.util.function.BiFunction<Double, Double, Optional<Place>> placeAt) {
    if (area.precision() != GeoPrecision.COUNTRY && area.precision() != GeoPrecision.ADMIN1) {
      return false;
    }
    Optional<Place> near = placeAt.apply(lat, lon).filter(p -> p.distanceKm(lat, lon) <= AREA_PROBE_KM);
    if (near.isEmpty() || !near.get().country().equals(area.country())) {
      return false;
    }
    return area.precision() == GeoPrecision.COUNTRY || near.get().admin1().equals(area.admin1());
  }

  /** End to end: the pipeline's own place mentions against the gold spans. */
  public static Recognition recognize(GeoDataset data, Stage<Article, AnnotatedArticle> placesOf,
                                      java.util.function.IntConsumer progress, java.util.function.Consumer<String> errors) {
    int gold = 0;
    int predicted = 0;
    int matched = 0;
    int matchedHits = 0;
    int n = 0;
    for (GeoDataset.Doc doc : data.docs()) {
      Article a = new Article(doc.id(), doc.domain(), doc.id(), "", java.time.LocalDate.of(2018, 1, 1), doc.text(),
          List.of());
      List<PlaceMention> found = placesOf.apply(a).places();
      Set<String> goldSpans = new HashSet<>();
      for (GeoDataset.Toponym t : doc.toponyms()) {
        goldSpans.add(t.start() + ":" + t.end());
      }
      gold += goldSpans.size();
      predicted += found.size();
      Set<String> foundSpans = new HashSet<>();
      for (PlaceMention m : found) {
        foundSpans.add(m.start() + ":" + m.end());
        boolean hit = false;
        for (GeoDataset.Toponym t : doc.toponyms()) {
          if (t.start() == m.start() && t.end() == m.end()) {
            hit = true;
            matched++;
            Place p = m.place();
            if (p.distanceKm(t.lat(), t.lon()) <= ACCURACY_KM) {
              matchedHits++;
            }
            break;
          }
        }
        if (!hit) {
          errors.accept(String.join("\t", doc.id(), m.text(), "spurious", m.place().gazetteerId(),
              context(doc.text(), m.start(), m.end())));
        }
      }
      for (GeoDataset.Toponym t : doc.toponyms()) {
        if (!foundSpans.contains(t.start() + ":" + t.end())) {
          errors.accept(String.join("\t", doc.id(), t.text(), "missed", t.geonameId(),
              context(doc.text(), t.start(), t.end())));
        }
      }
      progress.accept(++n);
    }
    return new Recognition(gold, predicted, matched, matchedHits);
  }

  /** The span with some text either side, on one line, for reading an error list. */
  private static String context(String text, int start, int end) {
    int from = Math.max(0, start - 40);
    int to = Math.min(text.length(), end + 40);
    return (text.substring(from, start) + "[" + text.substring(start, end) + "]" + text.substring(end, to))
        .replaceAll("\\s+", " ");
  }

  /** Half the Earth's circumference: the largest possible error, charged to an unresolved toponym. */
  private static final double MAX_ERROR_KM = 20_039;

  /**
   * Area under the curve of log errors (Gritta et al. 2018): the mean of ln(1 + error) / ln(1 + the
   * largest possible error), an unresolved toponym counting as the largest. 0 is perfect, 1 is worst.
   */
  private static double auc(List<Double> errors) {
    return errors.stream().mapToDouble(e -> Math.log1p(Math.min(e, MAX_ERROR_KM)) / Math.log1p(MAX_ERROR_KM))
        .average().orElse(0);
  }

  /** Mean error in km over the resolved toponyms. */
  private static double meanOfResolved(List<Double> errors) {
    return errors.stream().filter(e -> e != Double.MAX_VALUE).mapToDouble(Double::doubleValue).average().orElse(0);
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
