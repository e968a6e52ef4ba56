package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.pipeline.PipelineFixture.codeByRules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.domain.Event;

/**
 * The team's fifty negated, hypothetical, future and reported-claim sentences (and two plain facts as
 * controls), from {@code modality-fixture.tsv}: what did not happen as told codes nothing; what a party
 * or a source says happened is coded with that attribution kept; a fact carries none.
 */
class ModalityFixtureTest {

  record Case(String kind, String expectation, String sentence) {
    @Override
    public String toString() {
      return kind + ": " + sentence;
    }
  }

  static Stream<Case> cases() throws IOException {
    try (InputStream in = ModalityFixtureTest.class.getResourceAsStream("modality-fixture.tsv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
      return lines.stream().map(l -> l.split("\t", 3)).map(f -> new Case(f[0], f[1], f[2])).toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachSentenceIsHandledAsTheGuidelinesSay(Case c) {
    List<Event> events = codeByRules(c.sentence());
    switch (c.kind()) {
      case "negated", "hypothetical", "future" -> assertThat(events).as("events coded").isEmpty();
      case "claim" -> {
        assertThat(events).as("events coded").isNotEmpty();
        assertThat(events).allSatisfy(e -> assertThat(e.evidence().attribution()).containsIgnoringCase(c.expectation()));
      }
      case "fact" -> {
        assertThat(events).as("events coded").isNotEmpty();
        assertThat(events).allSatisfy(e -> assertThat(e.evidence().attributed()).isFalse());
      }
      default -> throw new IllegalArgumentException("unknown kind " + c.kind());
    }
  }

  @org.junit.jupiter.api.Test
  void theFixtureHoldsFiftySentencesBesideItsControls() throws IOException {
    assertThat(cases().filter(c -> !c.kind().equals("fact")).count()).isEqualTo(50);
  }
}
