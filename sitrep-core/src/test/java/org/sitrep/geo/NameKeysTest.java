package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {
  @Test
  void foldingDropsCaseDiacriticsAndPunctuation() {
    assertThat(NameKeys.fold("Hajīn")).isEqualTo("hajin");
    assertThat(NameKeys.fold("Ma'arrat al-Nu‘man")).isEqualTo("maarrat al numan");
    assertThat(NameKeys.fold("  Deir  ez-Zor ")).isEqualTo("deir ez zor");
  }

  @Test
  void transliterationsOfOneArabicNameShareAVariantKey() {
    String key = NameKeys.variant("Deir ez-Zor");
    assertThat(NameKeys.variant("Deir el-Zour")).isEqualTo(key);
    assertThat(NameKeys.variant("Dayr az-Zawr")).isEqualTo(key);
    assertThat(NameKeys.variant("Deir al-Zor")).isEqualTo(key);
  }

  @Test
  void finalHAfterAVowelIsIgnoredInVariants() {
    assertThat(NameKeys.variant("Raqqah")).isEqualTo(NameKeys.variant("Raqqa"));
    assertThat(NameKeys.variant("Shaddadiyah")).isEqualTo(NameKeys.variant("Shaddadiya"));
  }

  @Test
  void nonLatinNamesAreRecognisedAsSuch() {
    assertThat(NameKeys.isLatin("Deir ez-Zor")).isTrue();
    assertThat(NameKeys.isLatin("دير الزور")).isFalse();
  }
}
