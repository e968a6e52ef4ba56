import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks `sitrep places` of the seed article against the geoparsing issue's must-show: Deir el-Zour,
 * Hajin, Qamishli, Iraq, Syria and the Badiya desert each resolve to the right place, and every offset
 * into the file holds the mention's text. Run with the CLI's classpath:
 * java -cp "$(cat sitrep-cli/target/classpath.txt)" .ci/PlacesCheck.java places.jsonl seed.txt
 */
public class PlacesCheck {
  record Expected(String text, String country, String precision, double lat, double lon, double km) {
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      rows.add(json.readTree(line));
    }
    String file = Files.readString(Path.of(args[1]));
    List<Expected> expected = List.of(
        new Expected("Deir el-Zour", "SY", null, 35.3, 40.1, 100), // the city or its governorate
        new Expected("Hajin", "SY", "exact", 34.695, 40.831, 5),
        new Expected("Qamishli", "SY", "exact", 37.05, 41.23, 10),
        new Expected("Iraq", "IQ", "country", 33, 44, 300),
        new Expected("Syria", "SY", "country", 35, 38, 300),
        new Expected("Badiya Desert", "SY", "region", 34.5, 38.5, 200));
    List<String> failures = new ArrayList<>();
    for (Expected e : expected) {
      List<JsonNode> found = rows.stream().filter(r -> r.path("text").asText().equals(e.text())).toList();
      if (found.isEmpty()) {
        failures.add(e.text() + ": not recognised");
      }
      for (JsonNode r : found) {
        double km = km(r.path("lat").asDouble(), r.path("lon").asDouble(), e.lat(), e.lon());
        if (!r.path("resolved").asBoolean(true) || !r.path("country").asText().equals(e.country()) || km > e.km()
            || e.precision() != null && !r.path("precision").asText().equals(e.precision())) {
          failures.add(e.text() + " resolved wrongly: " + r);
        } else {
          System.out.printf("  %-14s -> %s (%s, %s) %.0f km from the expected point%n", e.text(), r.path("name").asText(),
              r.path("country").asText(), r.path("precision").asText(), km);
        }
      }
    }
    for (JsonNode r : rows) {
      if (!r.path("file_start").isNull()) {
        String at = file.substring(r.path("file_start").asInt(), r.path("file_end").asInt());
        if (!at.equals(r.path("text").asText())) {
          failures.add("file offsets of " + r + " hold '" + at + "'");
        }
      }
    }
    failures.forEach(f -> System.out.println("FAIL: " + f));
    if (!failures.isEmpty()) {
      System.exit(1);
    }
    System.out.println("places check: " + rows.size() + " mentions; the six seed places resolve; file offsets hold their text");
  }

  static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
}
