package org.newssearch.eval;

import java.util.Locale;

/** Counts of true positives, false positives and false negatives, with P, R and F1. */
public record Scores(int tp, int fp, int fn) {

  public Scores plus(Scores o) {
    return new Scores(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public String row(String label) {
    return String.format(Locale.ROOT, "| %-14s | %5d | %5d | %5d | %6.3f | %6.3f | %6.3f |", label, tp + fn, tp + fp, tp, precision(), recall(), f1());
  }

  public static String header() {
    return "| type           |  gold |  pred |  hits |   prec | recall |     F1 |\n"
        + "|----------------|------:|------:|------:|-------:|-------:|-------:|";
  }
}
