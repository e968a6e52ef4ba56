package org.sitrep.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 3166 alpha-2 codes of English country names, as imported data spells them ("Syria", "Iraq"). */
final class CountryNames {
  private static final Map<String, String> ISO_BY_NAME = new HashMap<>();
  private static final Map<String, String> ISO_BY_ALPHA3 = new HashMap<>();

  static {
    for (String iso : Locale.getISOCountries()) {
      Locale country = new Locale("", iso);
      ISO_BY_NAME.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), iso);
      ISO_BY_ALPHA3.put(country.getISO3Country(), iso);
    }
  }

  private CountryNames() {
  }

  /** The code, or "" for a name the JDK's English country names do not hold. */
  static String isoOf(String name) {
    return ISO_BY_NAME.getOrDefault(name.strip().toLowerCase(Locale.ROOT), "");
  }

  /** The alpha-2 code of an alpha-3 one (CAMEO actor countries: "SYR" is "SY"), or "". */
  static String isoOfAlpha3(String code) {
    return ISO_BY_ALPHA3.getOrDefault(code.strip().toUpperCase(Locale.ROOT), "");
  }
}
