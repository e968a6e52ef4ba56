package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule of the role chains, on team-written sentences where it fills a role. */
class RoleRulesTest {
  private static String roles(String sentence, String trigger) {
    RuleCoderFixture fixture = RuleCoderFixture.shared();
    List<String> all = fixture.coder().roles(fixture.annotated(sentence));
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

  /** Each rule with a sentence where it fills a role: the parts its trigger's roles must hold, actor and rule. */
  static Stream<Arguments> rulesAndTheirSentences() {
    return Stream.of(
        arguments("the agent of a passive is actor1 and its subject actor2",
            "Islamic State fighters were killed by Iraqi troops near Mosul on Monday.", "killed",
            List.of("actor1 Iraqi Security Forces by agent of a passive is actor1", "by subject of a passive is actor2",
                "actor2 Islamic State")),
        arguments("the subject is actor1 and the object actor2",
            "Iraqi troops attacked Islamic State fighters near Mosul on Monday.", "attacked",
            List.of("actor1 Iraqi Security Forces by subject is actor1",
                "actor2 Islamic State by object or target is actor2")),
        arguments("the side a place was taken from is actor2",
            "Islamic State fighters seized the town of Baiji from Iraqi troops on Monday.", "seized",
            List.of("actor1 Islamic State by subject is actor1", "actor2 Iraqi Security Forces by 'from' is actor2")),
        arguments("the side a place was taken from is actor2 in a passive too",
            "The town of Baiji was captured from Iraqi troops on Monday.", "captured",
            List.of("actor2 Iraqi Security Forces by 'from' is actor2")),
        arguments("a dependent verb without a subject takes its clause's subject",
            "Iraqi troops went on to capture three Islamic State fighters near Mosul on Monday.", "capture",
            List.of("actor1 Iraqi Security Forces by dependent verb takes its clause's subject")),
        arguments("a possessor is actor1 and an 'on' argument actor2",
            "Islamic State's attack on Iraqi troops near Mosul on Monday killed four.", "attack",
            List.of("actor1 Islamic State by possessor, modifier or 'by' is actor1",
                "actor2 Iraqi Security Forces by 'of', 'against', 'on' or 'with' is actor2")),
        arguments("without own arguments the governing clause's subject is actor1",
            "Iraqi troops carried out a raid near Mosul on Monday.", "raid",
            List.of("actor1 Iraqi Security Forces by subject of the governing clause is actor1")));
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @MethodSource("rulesAndTheirSentences")
  void eachRuleFillsItsRoleOfTheTrigger(String behaviour, String sentence, String trigger, List<String> parts) {
    assertThat(roles(sentence, trigger)).contains(parts);
  }

  @Test
  void oneActorIsNotBothSides() {
    assertThat(roles("Islamic State's attack on Islamic State defectors near Mosul on Monday killed four.", "attack"))
        .startsWith("attack: actor1 -;").contains("actor2 Islamic State");
  }
}
