package org.sitrep.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.domain.GeoPrecision;

/**
 * What the resolver knows of a document: its focus (each country's share under its ISO code, each
 * first-level division's under "CC.A1"); the gazetteer readings of every place name in it, by folded
 * name, for the spatial-coherence feature; and what the text says of a name once for all its
 * mentions (by folded name): the container it writes for it, the cue it gives it ("the city of"),
 * whether it stands alone in the dateline; and the national capitals a first pass read.
 */
public record PlaceContext(Map<String, Double> focus, Map<String, List<GazetteerEntry>> readingsByName,
                      Map<String, PlaceContainment.Container> containers, String dateline, Set<String> capitals,
                      Map<String, GeoPrecision> cues) {
  /** No document around the name: no focus, no neighbours. */
  public static final PlaceContext NONE = new PlaceContext(Map.of(), Map.of(), Map.of(), "", Set.of(), Map.of());

  /**
   * The same context, knowing the cues the text gives a name in one mention that hold for all its
   * mentions ({@link PlaceCues#holdsForTheStory}): "the city of Turkey".
   */
  public PlaceContext withCues(Map<String, GeoPrecision> cueByName) {
    Map<String, GeoPrecision> folded = new HashMap<>();
    cueByName.forEach((name, cue) -> {
      if (PlaceCues.holdsForTheStory(cue)) {
        folded.putIfAbsent(NameKeys.fold(name), cue);
      }
    });
    return new PlaceContext(focus, readingsByName, containers, dateline, capitals, Map.copyOf(folded));
  }

  /**
   * The same context, knowing the place name that stands alone in the story's dateline (null: none).
   * That name, in the dateline and after it, is the best-known place of the name (see
   * {@link PlaceCues#standaloneDateline}).
   */
  public PlaceContext withDateline(String name) {
    return new PlaceContext(focus, readingsByName, containers, name == null ? "" : NameKeys.fold(name), capitals, cues);
  }

  /**
   * The same context, knowing where the text puts each name it writes a container for (by folded name):
   * one sense per discourse, so "Parkland" is Parkland, Florida, in every mention of a story that
   * once wrote "Parkland, Florida".
   */
  public PlaceContext withContainers(Map<String, PlaceContainment.Container> containerByName) {
    Map<String, PlaceContainment.Container> folded = new HashMap<>();
    containerByName.forEach((name, container) -> folded.putIfAbsent(NameKeys.fold(name), container));
    return new PlaceContext(focus, readingsByName, Map.copyOf(folded), dateline, capitals, cues);
  }
}
