package org.sitrep.classify;

import java.util.List;

/**
 * Multinomial logistic regression: one weight vector per label over fixed features, trained by
 * full-batch gradient descent with L2 regularisation from zero weights, so the same data always give
 * the same model.
 */
public final class SoftmaxModel {
  private final List<String> labels;
  private final int dense;
  private final double[][] weights; // [label][dense features, sparse slots, bias]

  private SoftmaxModel(List<String> labels, int dense, double[][] weights) {
    this.labels = List.copyOf(labels);
    this.dense = dense;
    this.weights = weights;
  }

  /** Trains on dense vectors only: {@code x[i]} labelled {@code y[i]} (an index into {@code labels}). */
  public static SoftmaxModel train(List<String> labels, float[][] x, int[] y, double l2, int epochs, double rate) {
    Features[] f = new Features[x.length];
    for (int i = 0; i < x.length; i++) {
      f[i] = Features.dense(x[i]);
    }
    return train(labels, f, 0, y, l2, epochs, rate);
  }

  /** Trains on dense and sparse features ({@code sparse} slots) labelled {@code y[i]}. */
  public static SoftmaxModel train(List<String> labels, Features[] x, int sparse, int[] y, double l2, int epochs,
                                   double rate) {
    double[] weights = new double[x.length];
    java.util.Arrays.fill(weights, 1);
    return train(labels, x, sparse, y, weights, l2, epochs, rate);
  }

  /**
   * Trains with each example counted {@code weight[i]} times in the loss: examples of the kind the model
   * will read (news snippets from the target collection) can count for more than others.
   */
  public static SoftmaxModel train(List<String> labels, Features[] x, int sparse, int[] y, double[] weight,
                                   double l2, int epochs, double rate) {
    double total = 0;
    for (double v : weight) {
      total += v;
    }
    int k = labels.size();
    int d = x[0].dense().length;
    int width = d + sparse + 1;
    double[][] w = new double[k][width];
    double[][] grad = new double[k][width];
    double[] p = new double[k];
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (double[] g : grad) {
        java.util.Arrays.fill(g, 0);
      }
      for (int i = 0; i < x.length; i++) {
        probabilities(w, d, x[i], p);
        float[] xd = x[i].dense();
        int[] xi = x[i].index();
        float[] xv = x[i].value();
        for (int c = 0; c < k; c++) {
          double err = weight[i] * (p[c] - (y[i] == c ? 1 : 0));
          double[] g = grad[c];
          for (int j = 0; j < d; j++) {
            g[j] += err * xd[j];
          }
          for (int j = 0; j < xi.length; j++) {
            g[d + xi[j]] += err * xv[j];
          }
          g[width - 1] += err;
        }
      }
      for (int c = 0; c < k; c++) {
        for (int j = 0; j < width; j++) {
          double reg = j < width - 1 ? l2 * w[c][j] : 0;
          w[c][j] -= rate * (grad[c][j] / total + reg);
        }
      }
    }
    return new SoftmaxModel(labels, d, w);
  }

  /** The probability of each label, in the order of {@link #labels()}. */
  public double[] probabilities(float[] features) {
    return probabilities(Features.dense(features));
  }

  public double[] probabilities(Features features) {
    double[] p = new double[labels.size()];
    probabilities(weights, dense, features, p);
    return p;
  }

  public List<String> labels() {
    return labels;
  }

  /** Writes the model: labels, then weights, so a trained model need not be trained again. */
  public void write(java.io.DataOutputStream out) throws java.io.IOException {
    out.writeInt(labels.size());
    for (String l : labels) {
      out.writeUTF(l);
    }
    out.writeInt(dense);
    out.writeInt(weights[0].length);
    for (double[] row : weights) {
      for (double w : row) {
        out.writeDouble(w);
      }
    }
  }

  public static SoftmaxModel read(java.io.DataInputStream in) throws java.io.IOException {
    int k = in.readInt();
    List<String> labels = new java.util.ArrayList<>();
    for (int i = 0; i < k; i++) {
      labels.add(in.readUTF());
    }
    int dense = in.readInt();
    int d = in.readInt();
    double[][] w = new double[k][d];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d; j++) {
        w[c][j] = in.readDouble();
      }
    }
    return new SoftmaxModel(labels, dense, w);
  }

  private static void probabilities(double[][] w, int d, Features x, double[] out) {
    float[] xd = x.dense();
    int[] xi = x.index();
    float[] xv = x.value();
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < w.length; c++) {
      double[] wc = w[c];
      double s = wc[wc.length - 1];
      for (int j = 0; j < d; j++) {
        s += wc[j] * xd[j];
      }
      for (int j = 0; j < xi.length; j++) {
        s += wc[d + xi[j]] * xv[j];
      }
      out[c] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int c = 0; c < w.length; c++) {
      out[c] = Math.exp(out[c] - max);
      sum += out[c];
    }
    for (int c = 0; c < w.length; c++) {
      out[c] /= sum;
    }
  }
}
