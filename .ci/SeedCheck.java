import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks `sitrep events --format csv` of the seed article against the foundation issue's must-show:
 * a 2020-05-06 raid/capture in Deir ez-Zor governorate (coalition and/or SDF against IS), a 2020-05-01
 * arrest at Hajin (SDF against IS), no 2019 event placed in the article's week, nothing outside Syria
 * and Iraq. Run with the JDK's source launcher on the built class path:
 * java -cp "$(cat sitrep-cli/target/classpath.txt)" .ci/SeedCheck.java events.csv
 */
public class SeedCheck {
  public static void main(String[] args) throws IOException {
    List<Map<String, String>> rows = read(Path.of(args[0]));
    List<String> failures = new ArrayList<>();
    boolean raid = rows.stream().anyMatch(r -> r.get("event_date").equals("2020-05-06")
        && List.of("raid", "arrest").contains(r.get("sitrep_type"))
        && r.get("admin1").equals("Deir ez-Zor") && r.get("iso2").equals("SY")
        && km(r, 35.33588, 40.14084) <= 60
        && List.of("US-led Coalition", "Syrian Democratic Forces").contains(r.get("actor1"))
        && r.get("actor2").equals("Islamic State"));
    if (!raid) {
      failures.add("no raid/capture on 2020-05-06 in Deir ez-Zor governorate by the coalition/SDF against IS");
    }
    boolean arrest = rows.stream().anyMatch(r -> r.get("event_date").equals("2020-05-01")
        && r.get("sub_event_type").equals("Arrests") && km(r, 34.695, 40.831) <= 10
        && r.get("actor1").equals("Syrian Democratic Forces") && r.get("actor2").equals("Islamic State"));
    if (!arrest) {
      failures.add("no arrest on 2020-05-01 at Hajin by the SDF against IS");
    }
    for (Map<String, String> r : rows) {
      String date = r.get("event_date");
      if (r.get("notes").contains("2019") && date.compareTo("2020-04-30") >= 0) {
        failures.add("event from a 2019 sentence dated in the article's week: " + date + " " + r.get("notes"));
      }
      if (!List.of("SY", "IQ").contains(r.get("iso2"))) {
        failures.add("event located outside Syria and Iraq: " + r.get("location") + " (" + r.get("iso2") + ")");
      }
    }
    System.out.println("seed check: " + rows.size() + " events");
    rows.forEach(r -> System.out.println("  " + r.get("event_date") + " " + r.get("sub_event_type") + " | "
        + r.get("actor1") + " vs " + r.get("actor2") + " | " + r.get("location") + ", " + r.get("admin1") + " ("
        + r.get("latitude") + ", " + r.get("longitude") + ")"));
    failures.forEach(f -> System.out.println("FAIL: " + f));
    if (!failures.isEmpty()) {
      System.exit(1);
    }
    System.out.println("seed check: all conditions hold");
  }

  static double km(Map<String, String> r, double lat, double lon) {
    if (r.get("latitude").isEmpty()) {
      return Double.MAX_VALUE;
    }
    double la = Math.toRadians(Double.parseDouble(r.get("latitude")));
    double lo = Math.toRadians(Double.parseDouble(r.get("longitude")));
    double dLat = la - Math.toRadians(lat);
    double dLon = lo - Math.toRadians(lon);
    double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(la) * Math.cos(Math.toRadians(lat)) * Math.pow(Math.sin(dLon / 2), 2);
    return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  /** The export with its header row, read by the store's own CSV reader (org.sitrep.data.Csv). */
  static List<Map<String, String>> read(Path file) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    try (var in = Files.newBufferedReader(file)) {
      org.sitrep.data.Csv csv = new org.sitrep.data.Csv(in);
      List<String> header = csv.next();
      for (List<String> record = csv.next(); record != null; record = csv.next()) {
        Map<String, String> row = new HashMap<>();
        for (int j = 0; j < header.size(); j++) {
          row.put(header.get(j), j < record.size() ? record.get(j) : "");
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
