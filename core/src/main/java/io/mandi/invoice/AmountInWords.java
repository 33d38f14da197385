package io.mandi.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in Indian English words, as invoices print it: "Rupees One Lakh Twenty Thousand and
 * Fifty Paise Only", grouping by thousand, lakh and crore.
 */
final class AmountInWords {
  private static final String[] ONES = {
    "",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen"
  };
  private static final String[] TENS = {
    "", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"
  };

  private AmountInWords() {}

  static String rupees(BigDecimal amount) {
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("An invoice amount is not negative");
    }
    BigDecimal paise = amount.setScale(2, RoundingMode.HALF_EVEN);
    long rupees = paise.longValue();
    int fraction = paise.subtract(BigDecimal.valueOf(rupees)).movePointRight(2).intValue();
    String words = "Rupees " + (rupees == 0 ? "Zero" : words(rupees));
    if (fraction > 0) {
      words += " and " + words(fraction) + " Paise";
    }
    return words + " Only";
  }

  private static String words(long number) {
    StringBuilder out = new StringBuilder();
    long crores = number / 10_000_000;
    number %= 10_000_000;
    if (crores > 0) {
      out.append(words(crores)).append(" Crore ");
    }
    append(out, number / 100_000, "Lakh");
    number %= 100_000;
    append(out, number / 1000, "Thousand");
    number %= 1000;
    append(out, number / 100, "Hundred");
    number %= 100;
    if (number > 0) {
      out.append(below100((int) number));
    }
    return out.toString().strip();
  }

  private static void append(StringBuilder out, long count, String unit) {
    if (count > 0) {
      out.append(below100((int) count)).append(' ').append(unit).append(' ');
    }
  }

  private static String below100(int number) {
    if (number < 20) {
      return ONES[number];
    }
    return TENS[number / 10] + (number % 10 == 0 ? "" : " " + ONES[number % 10]);
  }
}
