package org.sitrep.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Centres each dimension of a sentence embedding on the training texts' mean and divides it by their
 * spread (times the square root of the length, so a vector keeps about unit length). Sentence
 * embeddings are anisotropic: every text of one model points the same way (bge's vectors have cosine
 * 0.6 or more with one another), so a linear layer trained by gradient descent from zero sees mostly
 * that shared direction; centred, the dimensions that tell types apart carry the signal.
 */
public record Standardizer(float[] mean, float[] scale) {
  /** The statistics of {@code vectors}, all of one length. */
  public static Standardizer fit(List<float[]> vectors) {
    int d = vectors.get(0).length;
    double[] sum = new double[d];
    double[] squares = new double[d];
    for (float[] v : vectors) {
      for (int i = 0; i < d; i++) {
        sum[i] += v[i];
        squares[i] += (double) v[i] * v[i];
      }
    }
    float[] mean = new float[d];
    float[] scale = new float[d];
    int n = vectors.size();
    for (int i = 0; i < d; i++) {
      mean[i] = (float) (sum[i] / n);
      scale[i] = (float) Math.sqrt(Math.max(1e-12, squares[i] / n - (double) mean[i] * mean[i]) * d);
    }
    return new Standardizer(mean, scale);
  }

  public float[] apply(float[] v) {
    if (v.length != mean.length) {
      throw new IllegalArgumentException("a vector of " + v.length + " dimensions, fitted on " + mean.length);
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (v[i] - mean[i]) / scale[i];
    }
    return out;
  }

  public void write(DataOutputStream out) throws IOException {
    out.writeInt(mean.length);
    for (int i = 0; i < mean.length; i++) {
      out.writeFloat(mean[i]);
      out.writeFloat(scale[i]);
    }
  }

  public static Standardizer read(DataInputStream in) throws IOException {
    int d = in.readInt();
    float[] mean = new float[d];
    float[] scale = new float[d];
    for (int i = 0; i < d; i++) {
      mean[i] = in.readFloat();
      scale[i] = in.readFloat();
    }
    return new Standardizer(mean, scale);
  }
}
