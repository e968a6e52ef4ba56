package org.sitrep.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.data.Csv;
import org.sitrep.domain.Actor;
import org.sitrep.domain.ActorType;
import org.sitrep.domain.Article;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.DateSource;
import org.sitrep.domain.Event;
import org.sitrep.domain.EventDate;
import org.sitrep.domain.EventType;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;

/**
 * Reads an ACLED export (CSV with ACLED's standard column names: event_id_cnty, event_date,
 * time_precision, event_type, sub_event_type, actor1, inter1, actor2, inter2, country, admin1, admin2,
 * location, latitude, longitude, geo_precision, source, notes, fatalities) into events that stand beside
 * Sitrep's own. A bad row is one error naming the file and line; the other rows are read.
 */
public final class AcledImport {
  private static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "event_type", "sub_event_type",
      "country", "latitude", "longitude");
  private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH), DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));

  /** The events of a file, and the pseudo-article that stands for the file as their source. */
  public record Imported(Article file, List<Event> events) {
  }

  private AcledImport() {
  }

  public static Imported read(Path csv, Consumer<IngestException> rowErrors) throws IngestException {
    String where = csv.toString();
    String fileId = "acled:" + ArticleReader.articleId(csv.toAbsolutePath().toString(), "");
    List<Event> events = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      Csv rows = new Csv(reader);
      List<String> header = rows.next();
      if (header == null || !header.containsAll(REQUIRED)) {
        throw new IngestException(where, IngestException.Problem.MALFORMED,
            "not an ACLED export: the header needs the columns " + REQUIRED);
      }
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        col.put(header.get(i).strip(), i);
      }
      List<String> row;
      int line = rows.lineNumber();
      while ((row = rows.next()) != null) {
        if (row.size() == 1 && row.get(0).isBlank()) {
          line = rows.lineNumber();
          continue;
        }
        try {
          events.add(event(row, col, fileId));
        } catch (RuntimeException e) {
          rowErrors.accept(new IngestException(where + ":" + line, IngestException.Problem.MALFORMED, e.getMessage()));
        }
        line = rows.lineNumber();
      }
    } catch (IOException e) {
      throw new IngestException(where, IngestException.Problem.UNREADABLE, e.getMessage());
    }
    LocalDate last = events.stream().map(e -> e.date().date()).max(LocalDate::compareTo).orElse(LocalDate.now());
    Article file = new Article(fileId, "ACLED", where, "ACLED export " + csv.getFileName(), last, "", List.of());
    return new Imported(file, events);
  }

  private static Event event(List<String> row, Map<String, Integer> col, String fileId) {
    String id = field(row, col, "event_id_cnty");
    if (id.isBlank()) {
      throw new IllegalArgumentException("empty event_id_cnty");
    }
    LocalDate date = date(field(row, col, "event_date"));
    DatePrecision precision = switch (field(row, col, "time_precision")) {
      case "2" -> DatePrecision.WEEK;
      case "3" -> DatePrecision.MONTH;
      default -> DatePrecision.DAY;
    };
    String countryName = field(row, col, "country");
    String iso2 = CountryNames.isoOf(countryName);
    GeoPrecision geo = switch (field(row, col, "geo_precision")) {
      case "2" -> GeoPrecision.NEAR;
      case "3" -> GeoPrecision.ADMIN1;
      default -> GeoPrecision.EXACT;
    };
    double lat = Double.parseDouble(field(row, col, "latitude"));
    double lon = Double.parseDouble(field(row, col, "longitude"));
    Place place = new Place("acled:" + id, field(row, col, "location"), lat, lon, field(row, col, "admin1"),
        field(row, col, "admin2"), iso2, geo);
    String fatalities = field(row, col, "fatalities");
    String notes = field(row, col, "notes");
    return new Event("acled:" + id, fileId,
        new EventType("acled", "", field(row, col, "event_type"), field(row, col, "sub_event_type")),
        new EventDate(date, precision, DateSource.TEXT), actor(row, col, "actor1", "inter1", iso2),
        actor(row, col, "actor2", "inter2", iso2), place, fatalities.isBlank() ? -1 : Integer.parseInt(fatalities.strip()),
        new Evidence(notes, 0, notes.length(), "", 0));
  }

  private static Actor actor(List<String> row, Map<String, Integer> col, String name, String inter, String iso2) {
    String actor = field(row, col, name);
    if (actor.isBlank()) {
      return null;
    }
    String code = field(row, col, inter);
    ActorType type = code.isBlank() ? ActorType.POLITICAL_MILITIA : ActorType.ofInterCode(Integer.parseInt(code.strip()));
    return new Actor(actor, type, type == ActorType.STATE_FORCES ? iso2 : "");
  }

  private static LocalDate date(String text) {
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(text.strip(), f);
      } catch (DateTimeParseException e) {
        // try the next form ACLED has used
      }
    }
    throw new IllegalArgumentException("event_date '" + text + "' is not a date (2020-05-07 or 07 May 2020)");
  }

  private static String field(List<String> row, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    return i == null || i >= row.size() ? "" : row.get(i);
  }
}
