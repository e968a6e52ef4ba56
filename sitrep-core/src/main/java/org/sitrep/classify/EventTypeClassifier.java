package org.sitrep.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Says which kind of event a sentence reports, if any: one of ACLED's 25 sub-event types, a kind of
 * report ACLED does not code (crime, disaster, diplomacy, a claim alone), or NONE (nothing happened:
 * denied, planned, threatened). A softmax layer over a sentence embedding and the hashed words and word
 * pairs of the text ({@link WordFeatures}), trained when it is built from
 * labelled texts: by default the team's own ({@link LabelledText#teamData()}), so what it is measured
 * on is text it never saw.
 */
public final class EventTypeClassifier {
  private static final double L2 = 1e-5;
  /**
   * The words themselves are features beside the embedding: on the CASE 2021 dev file (classifier alone,
   * 5-fold) weighted F1 0.755 with them, 0.744 without.
   */
  private static final boolean WORDS = true;
  private static final int EPOCHS = 400;
  private static final double RATE = 8.0;
  private static EventTypeClassifier bundled;

  /** The most likely label and its probability. */
  public record Prediction(String label, double probability) {
    public boolean isEvent() {
      return !AcledTypes.NOT_EVENTS.contains(label);
    }
  }

  private final SentenceEncoder encoder;
  private final SoftmaxModel model;

  private EventTypeClassifier(SentenceEncoder encoder, SoftmaxModel model) {
    this.encoder = encoder;
    this.model = model;
  }

  /**
   * Trained on the team's data with the bundled encoder, once per JVM; the trained weights are cached
   * beside the gazetteer index, keyed by the training data and the training settings, so only the first
   * run on a machine trains.
   */
  public static synchronized EventTypeClassifier bundled() {
    if (bundled == null) {
      List<LabelledText> data = LabelledText.teamData();
      java.nio.file.Path cache = org.sitrep.geo.GeoData.cacheDir().resolve("event-types-" + key(data) + ".bin");
      SoftmaxModel model = null;
      if (java.nio.file.Files.isRegularFile(cache)) {
        try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(cache)))) {
          model = SoftmaxModel.read(in);
        } catch (java.io.IOException e) {
          model = null; // a damaged cache is trained again
        }
      }
      if (model == null) {
        model = fit(MiniLmEncoder.shared(), data, 1, data.size());
        try {
          java.nio.file.Files.createDirectories(cache.getParent());
          java.nio.file.Path tmp = java.nio.file.Files.createTempFile(cache.getParent(), "event-types", ".tmp");
          try (var out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(tmp)))) {
            model.write(out);
          }
          java.nio.file.Files.move(tmp, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
              java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
          // no cache: the next run trains again
        }
      }
      bundled = new EventTypeClassifier(MiniLmEncoder.shared(), model);
    }
    return bundled;
  }

  /** What the cached model depends on: the data, the settings, the encoder. */
  private static String key(List<LabelledText> data) {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      md.update(("all-minilm-l6-v2-q|" + WORDS + "|" + L2 + "|" + EPOCHS + "|" + RATE).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      for (LabelledText t : data) {
        md.update((t.label() + "\t" + t.text() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return java.util.HexFormat.of().formatHex(md.digest(), 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static EventTypeClassifier train(SentenceEncoder encoder, List<LabelledText> data) {
    return new EventTypeClassifier(encoder, fit(encoder, data, 1, data.size()));
  }

  /**
   * Trained on the team's data and on texts of the collection it will read, each of those counted
   * {@code weight} times: a few hundred in-domain examples then count for as much as the team's
   * thousands (on the CASE 2021 dev file, 5-fold, classifier alone: weighted F1 0.755 at weight 1,
   * 0.760 at 2, 0.761 at 3, with every type of 10 or more snippets at F1 0.5 or above only from 3).
   */
  public static EventTypeClassifier train(SentenceEncoder encoder, List<LabelledText> team, List<LabelledText> inDomain,
                                          double weight) {
    List<LabelledText> all = new ArrayList<>(team);
    all.addAll(inDomain);
    return new EventTypeClassifier(encoder, fit(encoder, all, weight, team.size()));
  }

  /** The first {@code unweighted} examples count once, the rest {@code weight} times. */
  private static SoftmaxModel fit(SentenceEncoder encoder, List<LabelledText> data, double weight, int unweighted) {
    List<String> labels = new ArrayList<>(new TreeSet<>(data.stream().map(LabelledText::label).toList()));
    Features[] x = new Features[data.size()];
    int[] y = new int[data.size()];
    for (int i = 0; i < data.size(); i++) {
      x[i] = features(encoder, data.get(i).text());
      y[i] = labels.indexOf(data.get(i).label());
    }
    double[] w = new double[data.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = i < unweighted ? 1 : weight;
    }
    return SoftmaxModel.train(labels, x, WORDS ? WordFeatures.SLOTS : 0, y, w, L2, EPOCHS, RATE);
  }

  /** The embedding of the text and, with {@link #WORDS}, its hashed words and word pairs. */
  private static Features features(SentenceEncoder encoder, String text) {
    float[] embedding = encoder.encode(text);
    return WORDS ? WordFeatures.of(text, embedding) : Features.dense(embedding);
  }

  /** The probability the classifier gives {@code label} for the text (0 for a label it does not know). */
  public double probability(String text, String label) {
    int c = model.labels().indexOf(label);
    return c < 0 ? 0 : model.probabilities(features(encoder, text))[c];
  }

  public Prediction classify(String text) {
    double[] p = model.probabilities(features(encoder, text));
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return new Prediction(model.labels().get(best), p[best]);
  }
}
