package org.banli.api.assessment;

/** A figure with its parts, so anyone can check it by hand. */
public record Ratio(long numerator, long denominator) {

    /** The value in [0, 1], or 0 when nothing was counted. */
    public double value() {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
