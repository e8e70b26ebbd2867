package eu.projectresolution.mobilisation.practice;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact non-negative rational number, so that two practices whose weighted means are equal compare
 * as equal however the means were added up, and the tie-breaks of the ranking rule apply.
 */
final class Fraction implements Comparable<Fraction> {
  static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    BigInteger gcd = numerator.gcd(denominator);
    this.numerator = gcd.signum() == 0 ? numerator : numerator.divide(gcd);
    this.denominator = gcd.signum() == 0 ? denominator : denominator.divide(gcd);
  }

  static Fraction of(long numerator, long denominator) {
    if (denominator <= 0) {
      throw new IllegalArgumentException("denominator must be positive");
    }
    return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  Fraction plus(Fraction other) {
    return new Fraction(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  Fraction times(long factor) {
    return new Fraction(numerator.multiply(BigInteger.valueOf(factor)), denominator);
  }

  Fraction dividedBy(long divisor) {
    if (divisor <= 0) {
      throw new IllegalArgumentException("divisor must be positive");
    }
    return new Fraction(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
  }

  /** Rounded half up to {@code scale} decimals, for display. */
  BigDecimal toDecimal(int scale) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fraction that && numerator.equals(that.numerator) && denominator.equals(that.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
