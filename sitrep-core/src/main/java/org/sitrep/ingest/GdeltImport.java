package org.sitrep.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.coding.CameoMapping;
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
 * Reads a GDELT 2.0 events export (tab-separated, no header, 61 columns, as in the GDELT 2.0 Event
 * Codebook) into events beside Sitrep's own. Only events whose CAMEO code has an ACLED counterpart
 * ({@link CameoMapping}) are kept: protests, riots, arrests, assaults, fights and mass violence; the
 * rest of GDELT (statements, consultations, aid) is counted as skipped. The place is the action's
 * geography (ActionGeo_*): its name, its first-level division from the full name, its country from the
 * full name's last part (GDELT's own country codes are FIPS 10-4, not ISO). GDELT reports no
 * fatalities; the source URL stands in for the sentence.
 */
public final class GdeltImport {
  private static final int COLUMNS = 61;
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  /** The events kept, the rows skipped as outside ACLED's scope, and the file's pseudo-article. */
  public record Imported(Article file, List<Event> events, int outOfScope) {
  }

  private GdeltImport() {
  }

  /** Whether a file looks like a GDELT 2.0 events export: its first line has 61 tab-separated fields. */
  public static boolean looksLikeGdelt(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      return first != null && first.split("\t", -1).length == COLUMNS;
    }
  }

  public static Imported read(Path file, CameoMapping mapping, Consumer<IngestException> rowErrors) throws IngestException {
    String where = file.toString();
    String fileId = "gdelt:" + ArticleReader.articleId(file.toAbsolutePath().toString(), "");
    List<Event> events = new ArrayList<>();
    int outOfScope = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        try {
          if (f.length != COLUMNS) {
            throw new IllegalArgumentException(f.length + " fields, a GDELT 2.0 event has " + COLUMNS);
          }
          Optional<Event> e = event(f, mapping, fileId);
          if (e.isPresent()) {
            events.add(e.get());
          } else {
            outOfScope++;
          }
        } catch (RuntimeException e) {
          rowErrors.accept(new IngestException(where + ":" + n, IngestException.Problem.MALFORMED, e.getMessage()));
        }
      }
    } catch (IOException e) {
      throw new IngestException(where, IngestException.Problem.UNREADABLE, e.getMessage());
    }
    LocalDate last = events.stream().map(e -> e.date().date()).max(LocalDate::compareTo).orElse(LocalDate.now());
    return new Imported(new Article(fileId, "GDELT", where, "GDELT export " + file.getFileName(), last, "", List.of()),
        events, outOfScope);
  }

  private static Optional<Event> event(String[] f, CameoMapping mapping, String fileId) {
    Optional<EventType> type = mapping.acledTypeOf(f[26].strip());
    if (type.isEmpty()) {
      return Optional.empty();
    }
    String id = f[0].strip();
    if (!id.matches("\\d+")) {
      throw new IllegalArgumentException("GLOBALEVENTID '" + id + "' is not a number");
    }
    LocalDate date = LocalDate.parse(f[1].strip(), DAY);
    String[] names = f[52].split(",");
    String country = names.length > 1 ? CountryNames.isoOf(names[names.length - 1]) : "";
    Place place = null;
    if (!f[56].isBlank() && !f[57].isBlank()) {
      GeoPrecision precision = switch (f[51].strip()) {
        case "1" -> GeoPrecision.COUNTRY;
        case "2", "5" -> GeoPrecision.ADMIN1;
        default -> GeoPrecision.EXACT;
      };
      if (precision == GeoPrecision.COUNTRY) {
        country = CountryNames.isoOf(names[0]);
      }
      String admin1 = precision == GeoPrecision.ADMIN1 ? names[0].strip() : names.length > 2 ? names[1].strip() : "";
      place = new Place("gdelt:" + (f[58].isBlank() ? f[54].strip() : f[58].strip()), names[0].strip(),
          Double.parseDouble(f[56]), Double.parseDouble(f[57]), admin1, "", country, precision);
    }
    String url = f[60].strip();
    return Optional.of(new Event("gdelt:" + id, fileId, type.get(), new EventDate(date, DatePrecision.DAY, DateSource.TEXT),
        actor(f[6], f[7], f[12]), actor(f[16], f[17], f[22]), place, -1, new Evidence(url, 0, url.length(), "", 0)));
  }

  /** GDELT's actor name, with an ACLED actor type from its first CAMEO actor type code. */
  private static Actor actor(String name, String countryCode, String typeCode) {
    if (name.isBlank()) {
      return null;
    }
    ActorType type = switch (typeCode.strip()) {
      case "MIL", "COP", "GOV", "SPY", "JUD" -> ActorType.STATE_FORCES;
      case "REB", "SEP", "INS" -> ActorType.REBEL_GROUP;
      case "UAF" -> ActorType.POLITICAL_MILITIA;
      case "CVL", "EDU", "HLH", "LAB", "MED", "REF", "BUS", "ELI", "AGR" -> ActorType.CIVILIANS;
      default -> ActorType.EXTERNAL_FORCES;
    };
    return new Actor(name.strip(), type, type == ActorType.STATE_FORCES ? CountryNames.isoOfAlpha3(countryCode) : "");
  }
}
