package org.sitrep.coding;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One sentence's tokens and enhanced++ dependency graph, with the few graph walks the coder needs.
 * Token positions are 0-based indexes into {@link #tokens()}; the graph's own indexes are 1-based.
 */
final class ParsedSentence {
  private final CoreSentence sentence;
  private final List<CoreLabel> tokens;
  private final SemanticGraph graph;

  ParsedSentence(CoreSentence sentence) {
    this.sentence = sentence;
    this.tokens = sentence.tokens();
    this.graph = sentence.dependencyParse();
  }

  CoreSentence sentence() {
    return sentence;
  }

  List<CoreLabel> tokens() {
    return tokens;
  }

  int size() {
    return tokens.size();
  }

  CoreLabel token(int i) {
    return tokens.get(i);
  }

  String lemma(int i) {
    String l = tokens.get(i).lemma();
    return (l == null ? tokens.get(i).word() : l).toLowerCase(Locale.ROOT);
  }

  String tag(int i) {
    return tokens.get(i).tag() == null ? "" : tokens.get(i).tag();
  }

  int begin() {
    return tokens.get(0).beginPosition();
  }

  int end() {
    return tokens.get(tokens.size() - 1).endPosition();
  }

  private IndexedWord node(int i) {
    return graph.getNodeByIndexSafe(i + 1);
  }

  /** A dependency edge seen from one end: the relation (e.g. "nmod:of") and the other token. */
  record Arc(String relation, int token) {
  }

  List<Arc> children(int i) {
    IndexedWord n = node(i);
    List<Arc> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    for (SemanticGraphEdge e : graph.outgoingEdgeList(n)) {
      out.add(new Arc(e.getRelation().toString(), e.getDependent().index() - 1));
    }
    return out;
  }

  /** The head this token depends on (first of its governors in enhanced++), or null at the root. */
  Arc parent(int i) {
    IndexedWord n = node(i);
    if (n == null) {
      return null;
    }
    for (SemanticGraphEdge e : graph.incomingEdgeList(n)) {
      String rel = e.getRelation().toString();
      // enhanced++ adds extra governors (ref, xsubj, conj-propagated); the basic one is what we want
      if (!rel.equals("ref") && !rel.contains("xsubj") && !e.isExtra()) {
        return new Arc(rel, e.getGovernor().index() - 1);
      }
    }
    return null;
  }

  boolean hasChild(int i, String relationPrefix) {
    return children(i).stream().anyMatch(a -> a.relation().startsWith(relationPrefix));
  }

  /** Distances (in arcs, either direction) from a token to every token it connects to. */
  Map<Integer, Integer> distancesFrom(int i) {
    return breadthFirst(i, true);
  }

  /** Depth of every token in the subtree below a token (the token itself at 0), following outgoing arcs. */
  Map<Integer, Integer> subtree(int i) {
    return breadthFirst(i, false);
  }

  private Map<Integer, Integer> breadthFirst(int i, boolean undirected) {
    Map<Integer, Integer> dist = new HashMap<>();
    IndexedWord start = node(i);
    if (start == null) {
      return dist;
    }
    ArrayDeque<IndexedWord> queue = new ArrayDeque<>();
    queue.add(start);
    dist.put(i, 0);
    while (!queue.isEmpty()) {
      IndexedWord n = queue.poll();
      int d = dist.get(n.index() - 1);
      List<IndexedWord> next = new ArrayList<>(graph.getChildList(n));
      if (undirected) {
        next.addAll(graph.getParentList(n));
      }
      for (IndexedWord m : next) {
        if (!dist.containsKey(m.index() - 1)) {
          dist.put(m.index() - 1, d + 1);
          queue.add(m);
        }
      }
    }
    return dist;
  }

  /** Indexes of tokens overlapping a character span. */
  List<Integer> tokensIn(int start, int end) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).beginPosition() < end && start < tokens.get(i).endPosition()) {
        out.add(i);
      }
    }
    return out;
  }
}
