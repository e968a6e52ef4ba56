package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.Article;
import org.sitrep.geo.TestGazetteer;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.pipeline.EventPipeline;
import org.sitrep.pipeline.Knowledge;
import org.sitrep.pipeline.PipelineFixture;
import org.sitrep.stage.Stage;

/** Each rule of the role chains, on team-written sentences where it fills a role. */
class RoleRulesTest {
  private static Stage<Article, AnnotatedArticle> annotate;
  private static EventCoder coder;

  @BeforeAll
  static void load() {
    Knowledge k = Knowledge.withGazetteer(TestGazetteer.get(), Knowledge.UserFiles.NONE);
    annotate = EventPipeline.annotation(NlpPipeline.shared()).then(EventPipeline.places(k));
    coder = new EventCoder(k.lexicon(), k.actors()::byName);
  }

  private static String roles(String sentence, String trigger) {
    List<String> all = coder.roles(annotate.apply(PipelineFixture.article(sentence, LocalDate.of(2020, 5, 7))));
    return all.stream().filter(r -> r.startsWith(trigger + ":")).findFirst().orElseThrow(() ->
        new AssertionError("no trigger '" + trigger + "' in " + all));
  }

  @Test
  void theChainsListTheirRulesInOrderEndingWithTheContext() {
    assertThat(RoleRules.VERB).extracting(RoleRules.Rule::name).startsWith("agent of a passive is actor1")
        .endsWith("subject of the governing clause is actor1").doesNotHaveDuplicates();
    assertThat(RoleRules.NOUN).extracting(RoleRules.Rule::name).startsWith("possessor, modifier or 'by' is actor1")
        .endsWith("subject of the governing clause is actor1");
    assertThat(RoleRules.VERB.stream().filter(RoleRules.Rule::context)).hasSize(1);
  }

  @Test
  void theAgentOfAPassiveIsActor1AndItsSubjectActor2() {
    assertThat(roles("Islamic State fighters were killed by Iraqi troops near Mosul on Monday.", "killed"))
        .contains("actor1 Iraqi Security Forces by agent of a passive is actor1")
        .contains("by subject of a passive is actor2").contains("actor2 Islamic State");
  }

  @Test
  void theSubjectIsActor1AndTheObjectActor2() {
    assertThat(roles("Iraqi troops attacked Islamic State fighters near Mosul on Monday.", "attacked"))
        .contains("actor1 Iraqi Security Forces by subject is actor1")
        .contains("actor2 Islamic State by object or target is actor2");
  }

  @Test
  void aDependentVerbWithoutASubjectTakesItsClausesSubject() {
    assertThat(roles("Iraqi troops went on to capture three Islamic State fighters near Mosul on Monday.", "capture"))
        .contains("actor1 Iraqi Security Forces by dependent verb takes its clause's subject");
  }

  @Test
  void aPossessorIsActor1AndAnOnArgumentActor2() {
    assertThat(roles("Islamic State's attack on Iraqi troops near Mosul on Monday killed four.", "attack"))
        .contains("actor1 Islamic State by possessor, modifier or 'by' is actor1")
        .contains("actor2 Iraqi Security Forces by 'of', 'against', 'on' or 'with' is actor2");
  }

  @Test
  void oneActorIsNotBothSides() {
    assertThat(roles("Islamic State's attack on Islamic State defectors near Mosul on Monday killed four.", "attack"))
        .startsWith("attack: actor1 -;").contains("actor2 Islamic State");
  }

  @Test
  void withoutOwnArgumentsTheGoverningClausesSubjectIsActor1() {
    assertThat(roles("Iraqi troops carried out a raid near Mosul on Monday.", "raid"))
        .contains("actor1 Iraqi Security Forces by subject of the governing clause is actor1");
  }
}
