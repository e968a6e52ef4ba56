package org.sitrep.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.data.DataFile;
import org.sitrep.domain.Actor;
import org.sitrep.domain.ActorType;
import org.sitrep.domain.CodedArticle;
import org.sitrep.domain.Event;
import org.sitrep.stage.Layer;
import org.sitrep.stage.Stage;

/**
 * Fills the roles a report leaves empty as ACLED does ({@code default-actors.tsv}): a protest with no
 * named organiser is by "Protesters", a shooting by unknown men is by the "Unidentified Armed Group", its
 * victims "Civilians", of the event's country. So actor1 is never empty where ACLED's would not be, and
 * counts by actor add up. An event with no country keeps its empty roles: whose protesters is unknown.
 */
public final class DefaultActors implements Stage<CodedArticle, CodedArticle> {
  private static final String BUNDLED = "/org/sitrep/coding/default-actors.tsv";

  /** The actor a role takes for a sub-event type when the text names none. */
  record Default(String subEventType, boolean first, String name, ActorType type) {
    Actor forCountry(String iso2) {
      return new Actor(name, type, iso2).ofCountry(iso2);
    }
  }

  private final Map<String, List<Default>> bySubType;

  DefaultActors(List<Default> defaults) {
    Map<String, List<Default>> m = new HashMap<>();
    defaults.forEach(d -> m.computeIfAbsent(d.subEventType(), k -> new ArrayList<>()).add(d));
    this.bySubType = Map.copyOf(m);
  }

  public static DefaultActors bundled() {
    try (InputStream in = DefaultActors.class.getResourceAsStream(BUNDLED)) {
      return new DefaultActors(read(in, "default-actors.tsv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads "sub_event_type TAB role TAB actor TAB inter" lines after a header; errors name file:line. */
  static List<Default> read(InputStream in, String file) throws IOException {
    List<Default> out = new ArrayList<>();
    for (DataFile.Row row : DataFile.tsvRows(new InputStreamReader(in, StandardCharsets.UTF_8), file)) {
      String[] f = row.fields();
      if (f[0].equals("sub_event_type")) {
        continue; // the header
      }
      if (f.length != 4 || !f[1].equals("actor1") && !f[1].equals("actor2")) {
        throw row.invalid("expected 'sub_event_type<TAB>actor1|actor2<TAB>actor<TAB>inter'");
      }
      ActorType type = null;
      for (ActorType t : ActorType.values()) {
        if (String.valueOf(t.interCode()).equals(f[3].strip())) {
          type = t;
        }
      }
      if (type == null) {
        throw row.invalid("'" + f[3] + "' is no ACLED inter code (1-8)");
      }
      out.add(new Default(f[0].strip(), f[1].equals("actor1"), f[2].strip(), type));
    }
    return out;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.EVENTS);
  }

  @Override
  public CodedArticle apply(CodedArticle input) {
    List<Event> out = new ArrayList<>(input.events().size());
    for (Event e : input.events()) {
      out.add(withDefaults(e));
    }
    return new CodedArticle(input.article(), out);
  }

  Event withDefaults(Event e) {
    List<Default> defaults = bySubType.get(e.type().acledSubType());
    if (defaults == null || e.place() == null || e.place().country().isEmpty()) {
      return e;
    }
    Actor actor1 = e.actor1();
    Actor actor2 = e.actor2();
    for (Default d : defaults) {
      Actor a = d.forCountry(e.place().country());
      if (d.first() && actor1 == null && !a.equals(actor2)) {
        actor1 = a;
      } else if (!d.first() && actor2 == null && !a.equals(actor1)) {
        actor2 = a;
      }
    }
    if (actor1 == e.actor1() && actor2 == e.actor2()) {
      return e;
    }
    return new Event(e.id(), e.articleId(), e.type(), e.date(), actor1, actor2, e.place(), e.fatalities(),
        e.evidence(), e.counts());
  }
}
