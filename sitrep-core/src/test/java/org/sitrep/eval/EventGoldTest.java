package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.domain.DatePrecision;

class EventGoldTest {
  /** A TR-News-format article whose lines are wrapped and indented, as some of the set's are. */
  private static final String TEXT = "A suicide car bomb in central Turkey has killed 13 soldiers, officials\n"
      + "            say.\nSeven people have been arrested.";

  private static void writeDataset(Path shared) throws IOException {
    Files.createDirectories(shared.resolve("eval/geo"));
    Files.writeString(shared.resolve("eval/geo/TR-News.xml"), """
        <?xml version="1.0" encoding="utf-8"?>
        <articles><article docid="7"><title>Bus attack</title><url>u</url><domain>www.bbc.com</domain>
        <dltime>2016-12-17</dltime><text><![CDATA[%s]]></text><toponyms></toponyms></article></articles>
        """.formatted(TEXT));
  }

  @Test
  void goldSentencesAreFoundInTheBodyDespiteWrappedLines(@TempDir Path dir) throws IOException {
    writeDataset(dir);
    int start = TEXT.indexOf("Seven");
    Path gold = dir.resolve("gold.yaml");
    Files.writeString(gold, """
        documents:
          - {id: "t:7", dataset: "eval/geo/TR-News.xml", docid: "7", published: "2016-12-17"}
        events:
          - {doc: "t:7", sentence: [0, %d], event_type: "Explosions/Remote violence", sub_event_type: "Suicide bomb",
             date: "2016-12-17", location: "Kayseri", lat: 38.73, lon: 35.49, fatalities: 13}
          - {doc: "t:7", sentence: [%d, %d], event_type: "Strategic developments", sub_event_type: "Arrests",
             date: "2016-12", location: "Kayseri", lat: 38.73, lon: 35.49}
        """.formatted(TEXT.indexOf("say.") + 4, start, TEXT.length()));
    EventGold g = EventGold.read(gold, dir);
    String body = g.docs().get(0).article().body();
    assertThat(body).isEqualTo("A suicide car bomb in central Turkey has killed 13 soldiers, officials say.\n\n"
        + "Seven people have been arrested.");
    EventGold.GoldEvent bombing = g.events().get(0);
    assertThat(body.substring(bombing.bodyStart(), bombing.bodyEnd())).endsWith("officials say.");
    assertThat(bombing.fatalities()).isEqualTo(13);
    EventGold.GoldEvent arrests = g.events().get(1);
    assertThat(body.substring(arrests.bodyStart(), arrests.bodyEnd())).isEqualTo("Seven people have been arrested.");
    assertThat(arrests.date()).isEqualTo(LocalDate.of(2016, 12, 1));
    assertThat(arrests.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(arrests.fatalities()).as("not stated").isEqualTo(-1);
  }

  @Test
  void anEventOutsideItsDocumentIsRefusedWithTheFileNamed(@TempDir Path dir) throws IOException {
    writeDataset(dir);
    Path gold = dir.resolve("gold.yaml");
    Files.writeString(gold, """
        documents:
          - {id: "t:7", dataset: "eval/geo/TR-News.xml", docid: "7", published: "2016-12-17"}
        events:
          - {doc: "t:7", sentence: [0, 99999], event_type: "Battles", sub_event_type: "Armed clash"}
        """);
    assertThatThrownBy(() -> EventGold.read(gold, dir)).hasMessageContaining("gold.yaml").hasMessageContaining("outside");
  }
}
