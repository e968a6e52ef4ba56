package org.sitrep.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Labelled snippets as the team's file and a user's {@code --training} file give them. */
class LabelledTextTest {
  private static final Set<String> KNOWN = AcledTypes.bundled().labelsWithNonEvents();

  private static List<LabelledText> read(String text) throws Exception {
    return LabelledText.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "mine.tsv", KNOWN);
  }

  @Test
  void aUsersFileGivesItsSnippetsAfterTheHeader() throws Exception {
    assertThat(read("label\ttext\nPEACE_PROTEST\tNurses marched to the ministry in Lagos over unpaid wages.\n"
        + "DIPLO\tThe two foreign ministers met in Doha.\n"))
        .extracting(LabelledText::label).containsExactly("PEACE_PROTEST", "DIPLO");
  }

  @Test
  void aLabelThatNamesNoTypeIsAnErrorNamingItsLine() {
    assertThatThrownBy(() -> read("label\ttext\nARMED_CLASH\tTroops and rebels fought near Goma.\n"
        + "PEACEFUL_PROTEST\tStudents rallied in Dhaka.\n"))
        .hasMessageContaining("mine.tsv:3").hasMessageContaining("PEACEFUL_PROTEST");
  }

  @Test
  void aLineWithoutItsTextIsAnErrorNamingItsLine() {
    assertThatThrownBy(() -> read("label\ttext\nARREST\n")).hasMessageContaining("mine.tsv:2");
  }

  @Test
  void theTeamsDataUsesOnlyKnownLabels() throws Exception {
    assertThat(LabelledText.teamData()).allSatisfy(t -> assertThat(KNOWN).contains(t.label()));
  }
}
