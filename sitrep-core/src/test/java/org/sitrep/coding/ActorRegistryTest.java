package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.domain.ActorType;

class ActorRegistryTest {
  private final ActorRegistry registry = ActorRegistry.bundled();

  private List<String> names(String text) {
    return registry.find(text).stream().map(m -> m.actor().name()).toList();
  }

  @Test
  void acronymsMatchOnlyInCapitals() {
    assertThat(names("IS fighters attacked. This is not news.")).containsExactly("Islamic State");
  }

  @Test
  void longestAliasWinsWhereAliasesOverlap() {
    var found = registry.find("the U.S.-led coalition struck");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).actor().name()).isEqualTo("US-led Coalition");
    assertThat(found.get(0).start()).isEqualTo(4);
  }

  @Test
  void registryCoversTheMainArmedActorsOfSyriaAndIraq() {
    assertThat(names("Daesh, ISIL, the terror group, the SDF, Iraqi security forces and Syrian government forces"))
        .containsExactly("Islamic State", "Islamic State", "Islamic State", "Syrian Democratic Forces",
            "Iraqi Security Forces", "Syrian Government Forces");
    assertThat(registry.byName("Syrian Democratic Forces").orElseThrow().type()).isEqualTo(ActorType.REBEL_GROUP);
  }

  @Test
  void userFileAddsActors(@TempDir Path dir) throws Exception {
    ActorRegistry withMine = ActorRegistry.load(UserFile.write(dir, "mine.yaml", """
        actors:
          - name: Liwa Test Brigade
            type: 3
            country: SY
            aliases: [LTB]
        """));
    assertThat(withMine.find("LTB fighters").get(0).actor().name()).isEqualTo("Liwa Test Brigade");
  }

  @Test
  void invalidEntryIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
    List<Path> bad = UserFile.write(dir, "bad.yaml", """
        actors:
          - name: Good
            type: 2
            aliases: [G]
          - name: Bad
            type: 12
        """);
    assertThatThrownBy(() -> ActorRegistry.load(bad))
        .hasMessageContaining("bad.yaml:5").hasMessageContaining("inter code 12");
  }
}
