package org.sitrep.classify;

/**
 * What a classifier sees of a text: a dense vector (a sentence embedding) and sparse counts (hashed
 * words and word pairs), each scaled to unit length by whoever builds it.
 *
 * @param dense  dense features
 * @param index  indices of the non-zero sparse features, in [0, sparseSize)
 * @param value  their values
 */
public record Features(float[] dense, int[] index, float[] value) {
  public static Features dense(float[] dense) {
    return new Features(dense, new int[0], new float[0]);
  }
}
