package org.sitrep.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.domain.Actor;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.Event;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;

/**
 * Decides whether two coded events are one event reported twice, and says why. They are when all
 * of these agree: the ACLED event type; the dates, each widened by its precision (a day either side of
 * a day, six of a week, the calendar month or year); the places, at the coarser of the two precisions
 * (the same place or within 1 km for exact places, 10 km for "near", the same district, province or
 * country for areas); and each actor that both name. Two attacks 2 km apart on one day stay two. And
 * there must be evidence that they are one: both known to the day and below the province, or the same
 * named actor with the same death toll. Events placed only in a country, or dated only to a week,
 * otherwise stay apart.
 */
public final class EventMatcher {
  private static final double EXACT_KM = 1;
  private static final double NEAR_KM = 10;

  private EventMatcher() {
  }

  /** The reasons the two are the same event, or empty if any field disagrees. */
  public static Optional<String> sameEvent(Event a, Event b) {
    List<String> agreed = new ArrayList<>();
    if (!a.type().acledType().equals(b.type().acledType())) {
      return Optional.empty();
    }
    agreed.add("type " + a.type().acledType());
    LocalDate[] wa = window(a.date().date(), a.date().precision());
    LocalDate[] wb = window(b.date().date(), b.date().precision());
    if (wa[1].isBefore(wb[0]) || wb[1].isBefore(wa[0])) {
      return Optional.empty();
    }
    agreed.add("dates " + a.date().date() + "/" + b.date().date() + " overlap");
    Optional<String> place = samePlace(a.place(), b.place());
    if (place.isEmpty()) {
      return Optional.empty();
    }
    agreed.add(place.get());
    if (!actorsCompatible(a.actor1(), b.actor1()) || !actorsCompatible(a.actor2(), b.actor2())) {
      return Optional.empty();
    }
    if (a.actor1() != null && b.actor1() != null) {
      agreed.add("actor1 " + a.actor1().name());
    }
    if (a.actor2() != null && b.actor2() != null) {
      agreed.add("actor2 " + a.actor2().name());
    }
    if (!(specific(a) && specific(b)) && !sameFacts(a, b)) {
      // two battles in one country in one week are two battles until something says they are one
      return Optional.empty();
    }
    return Optional.of(String.join("; ", agreed));
  }

  /**
   * Known to the day and to a place below the first-level division: specific enough that agreement on
   * type, day, place and actors is evidence of one event. A country or a week is not.
   */
  private static boolean specific(Event e) {
    return e.date().precision() == DatePrecision.DAY && e.place() != null
        && e.place().precision().ordinal() < GeoPrecision.ADMIN1.ordinal();
  }

  /** The same named actor and the same death toll: evidence of one event when time or place are coarse. */
  private static boolean sameFacts(Event a, Event b) {
    return a.actor1() != null && b.actor1() != null && a.actor1().name().equals(b.actor1().name())
        && a.fatalities() > 0 && a.fatalities() == b.fatalities();
  }

  /** Whether two dates, each widened by its precision, overlap. */
  public static boolean datesOverlap(org.sitrep.domain.EventDate a, org.sitrep.domain.EventDate b) {
    LocalDate[] wa = window(a.date(), a.precision());
    LocalDate[] wb = window(b.date(), b.precision());
    return !(wa[1].isBefore(wb[0]) || wb[1].isBefore(wa[0]));
  }

  /** Whether two places agree at the coarser of their precisions (see {@link #sameEvent}). */
  public static boolean placesAgree(Place a, Place b) {
    return samePlace(a, b).isPresent();
  }

  static LocalDate[] window(LocalDate d, DatePrecision p) {
    return switch (p) {
      case DAY -> new LocalDate[] {d.minusDays(1), d.plusDays(1)};
      case WEEK -> new LocalDate[] {d.minusDays(6), d.plusDays(6)};
      case MONTH -> new LocalDate[] {d.withDayOfMonth(1), d.withDayOfMonth(d.lengthOfMonth())};
      case YEAR -> new LocalDate[] {d.withDayOfYear(1), d.withDayOfYear(d.lengthOfYear())};
    };
  }

  private static Optional<String> samePlace(Place a, Place b) {
    if (a == null || b == null) {
      return a == b ? Optional.of("no place in either") : Optional.empty();
    }
    if (a.gazetteerId().equals(b.gazetteerId())) {
      return Optional.of("same place " + a.gazetteerId());
    }
    GeoPrecision coarser = a.precision().ordinal() >= b.precision().ordinal() ? a.precision() : b.precision();
    double km = a.distanceKm(b.latitude(), b.longitude());
    boolean same = switch (coarser) {
      case EXACT -> km <= EXACT_KM;
      case NEAR -> km <= NEAR_KM;
      case ADMIN2 -> !a.admin2().isEmpty() && a.admin2().equals(b.admin2()) && a.country().equals(b.country());
      case ADMIN1, REGION -> !a.admin1().isEmpty() && a.admin1().equals(b.admin1()) && a.country().equals(b.country());
      case COUNTRY -> a.country().equals(b.country());
    };
    return same ? Optional.of(String.format(java.util.Locale.ROOT, "places agree at %s precision (%.1f km apart)",
        coarser.name().toLowerCase(java.util.Locale.ROOT), km)) : Optional.empty();
  }

  /** Whether two actors may be the same one: equal, or one of them unnamed. */
  public static boolean actorsCompatible(Actor a, Actor b) {
    return a == null || b == null || Objects.equals(a.name(), b.name());
  }
}
