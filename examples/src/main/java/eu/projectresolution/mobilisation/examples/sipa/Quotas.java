package eu.projectresolution.mobilisation.examples.sipa;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Exact quota allocation: who does what is drawn at random, but how many do it is fixed. Shuffling a
 * list and taking exactly {@code n} of it, rather than flipping a coin for each person, keeps every rate
 * the sheet reports at any scale and for any seed, within the rounding of one person.
 */
final class Quotas {
  private Quotas() {}

  /** A full-scale count at {@code scale}, rounded to the nearest whole person. */
  static int scaled(long fullScale, double scale) {
    return Math.toIntExact(Math.round(fullScale * scale));
  }

  /** {@code rate} of {@code size}, rounded to the nearest whole person. */
  static int share(double rate, int size) {
    return Math.toIntExact(Math.round(rate * size));
  }

  /** Exactly {@code n} of {@code from}, drawn at random; the rest are {@link Draw#rest()}. */
  static <T> Draw<T> draw(List<T> from, int n, Random random) {
    checkArgument(n >= 0 && n <= from.size(), "cannot draw %s of %s", n, from.size());
    List<T> shuffled = new ArrayList<>(from);
    Collections.shuffle(shuffled, random);
    return new Draw<>(List.copyOf(shuffled.subList(0, n)), List.copyOf(shuffled.subList(n, shuffled.size())));
  }

  /**
   * Splits {@code total} in parts proportional to {@code weights} that add up to exactly {@code total}
   * (largest remainders).
   */
  static int[] apportion(int total, int... weights) {
    long sum = 0;
    for (int w : weights) {
      checkArgument(w >= 0, "weights must not be negative");
      sum += w;
    }
    checkArgument(sum > 0, "weights must not all be zero");
    int[] parts = new int[weights.length];
    double[] remainders = new double[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = (double) total * weights[i] / sum;
      parts[i] = (int) Math.floor(exact);
      remainders[i] = exact - parts[i];
      given += parts[i];
    }
    while (given < total) {
      int best = 0;
      for (int i = 1; i < weights.length; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      parts[best]++;
      remainders[best] = -1;
      given++;
    }
    return parts;
  }

  /** Splits {@code from}, shuffled, into consecutive groups of the given sizes (which must add up to its size). */
  static <T> List<List<T>> partition(List<T> from, int[] sizes, Random random) {
    List<T> shuffled = new ArrayList<>(from);
    Collections.shuffle(shuffled, random);
    List<List<T>> groups = new ArrayList<>();
    int at = 0;
    for (int size : sizes) {
      groups.add(List.copyOf(shuffled.subList(at, at + size)));
      at += size;
    }
    checkArgument(at == from.size(), "group sizes add up to %s, not %s", at, from.size());
    return groups;
  }

  /** The people drawn, and the others. */
  record Draw<T>(List<T> drawn, List<T> rest) {}
}
