package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DivisionNamesTest {
  /** The package's layout: regions/<CC>/<language>.json, GeoNames' admin1 code in "admin". */
  private static DivisionNames iraqAndSyria(Path dir) throws Exception {
    Path iq = Files.createDirectories(dir.resolve("regions/IQ"));
    Path sy = Files.createDirectories(dir.resolve("regions/SY"));
    Files.writeString(iq.resolve("geonames.json"), """
        [{"name": "Ninawa", "admin": "15"}, {"name": "Salah ad Din", "admin": "18"}]""");
    Files.writeString(iq.resolve("en.json"), """
        [{"name": "Nineveh Province", "admin": "15"}, {"name": "Saladin Province", "admin": "18"}]""");
    Files.writeString(iq.resolve("es.json"), """
        [{"name": "Gobernación de Nínive", "admin": "15"}, {"name": "Gobernación de Saladino", "admin": "18"}]""");
    Files.writeString(iq.resolve("ar.json"), """
        [{"name": "محافظة نينوى", "admin": "15"}]""");
    Files.writeString(iq.resolve("en_ref.json"), """
        [{"name": "Unrelated", "admin": "15"}]""");
    Files.writeString(sy.resolve("fr.json"), """
        [{"name": "Gouvernorat d'Idleb", "admin": "12"}, {"name": "Gouvernorat de Deir ez-Zor", "admin": "07"}]""");
    Files.writeString(sy.resolve("geonames.json"), """
        [{"name": "Idlib", "admin": "12"}, {"name": "Deir ez-Zor", "admin": "07"}]""");
    return DivisionNames.fromPackage(dir.resolve("regions"));
  }

  @Test
  void aNameInOneLanguageGivesTheDivisionsNamesInTheOthersWithoutTheGenericWord(@TempDir Path dir) throws Exception {
    DivisionNames names = iraqAndSyria(dir);
    assertThat(names.namesOf("Saladin", null)).contains("Salah ad Din", "Saladino").doesNotContain("Ninawa");
    assertThat(names.namesOf("nineveh", "IQ")).contains("Ninawa", "Nínive", "Nineveh");
    assertThat(names.namesOf("Idleb", null)).contains("Idlib");
  }

  @Test
  void namesOutsideLatinLettersAndTheReferenceFilesAreLeftOut(@TempDir Path dir) throws Exception {
    assertThat(iraqAndSyria(dir).namesOf("Ninawa", null)).noneMatch(n -> n.contains("نينوى")).doesNotContain("Unrelated");
  }

  @Test
  void theCountryLimitsTheDivisionsAndAnUnknownNameHasNoOthers(@TempDir Path dir) throws Exception {
    DivisionNames names = iraqAndSyria(dir);
    assertThat(names.namesOf("Saladin", "SY")).isEmpty();
    assertThat(names.namesOf("Atlantis", null)).isEmpty();
  }

  @Test
  void theTableReadsBackAsWritten(@TempDir Path dir) throws Exception {
    DivisionNames names = iraqAndSyria(dir);
    names.write(dir.resolve("t.tsv"));
    assertThat(DivisionNames.read(dir.resolve("t.tsv")).namesOf("Saladin", "IQ")).isEqualTo(names.namesOf("Saladin", "IQ"));
  }

  @Test
  void theGenericWordComesOffEitherEndWithItsConnector() {
    Set<String> generic = Set.of("province", "gouvernorat", "provincia");
    assertThat(DivisionNames.withoutGenericWord("Nineveh Province", generic)).isEqualTo("Nineveh");
    assertThat(DivisionNames.withoutGenericWord("Gouvernorat d'Idleb", generic)).isEqualTo("Idleb");
    assertThat(DivisionNames.withoutGenericWord("Provincia di Roma", generic)).isEqualTo("Roma");
    assertThat(DivisionNames.withoutGenericWord("Gouvernorat Dar'a", generic)).isEqualTo("Dar'a");
    assertThat(DivisionNames.withoutGenericWord("Province", generic)).isEqualTo("Province");
    assertThat(DivisionNames.withoutGenericWord("Provincetown", generic)).isEqualTo("Provincetown");
  }

  @Test
  void theSpellingKeyDropsAccentsArticlesAndPunctuationAsTheStoreDoes() {
    assertThat(DivisionNames.key("Deir ez-Zor")).isEqualTo(DivisionNames.key("Deir-Zor")).isEqualTo("deirzor");
    assertThat(DivisionNames.key("Nínive")).isEqualTo("ninive");
    assertThat(DivisionNames.key("Al-Qādisiyyah")).isEqualTo("qadisiyyah");
  }
}
