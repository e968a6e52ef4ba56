package org.sitrep.classify;

import java.util.List;

/**
 * Multinomial logistic regression: one weight vector per label over fixed features, trained by
 * full-batch gradient descent with L2 regularisation from zero weights, so the same data always give
 * the same model.
 */
public final class SoftmaxModel {
  private final List<String> labels;
  private final double[][] weights; // [label][feature + bias]

  private SoftmaxModel(List<String> labels, double[][] weights) {
    this.labels = List.copyOf(labels);
    this.weights = weights;
  }

  /** Trains on {@code x[i]} labelled {@code y[i]} (an index into {@code labels}). */
  public static SoftmaxModel train(List<String> labels, float[][] x, int[] y, double l2, int epochs, double rate) {
    int k = labels.size();
    int d = x[0].length;
    double[][] w = new double[k][d + 1];
    double[][] grad = new double[k][d + 1];
    double[] p = new double[k];
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (double[] g : grad) {
        java.util.Arrays.fill(g, 0);
      }
      for (int i = 0; i < x.length; i++) {
        probabilities(w, x[i], p);
        for (int c = 0; c < k; c++) {
          double err = p[c] - (y[i] == c ? 1 : 0);
          double[] g = grad[c];
          for (int j = 0; j < d; j++) {
            g[j] += err * x[i][j];
          }
          g[d] += err;
        }
      }
      for (int c = 0; c < k; c++) {
        for (int j = 0; j <= d; j++) {
          double reg = j < d ? l2 * w[c][j] : 0;
          w[c][j] -= rate * (grad[c][j] / x.length + reg);
        }
      }
    }
    return new SoftmaxModel(labels, w);
  }

  /** The probability of each label, in the order of {@link #labels()}. */
  public double[] probabilities(float[] features) {
    double[] p = new double[labels.size()];
    probabilities(weights, features, p);
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
    int d = in.readInt();
    double[][] w = new double[k][d];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d; j++) {
        w[c][j] = in.readDouble();
      }
    }
    return new SoftmaxModel(labels, w);
  }

  private static void probabilities(double[][] w, float[] x, double[] out) {
    int d = x.length;
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < w.length; c++) {
      double s = w[c][d];
      for (int j = 0; j < d; j++) {
        s += w[c][j] * x[j];
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
