package io.mandi.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rupee amounts: always two decimals (paise), rounded half-even, never a double. */
public final class Amounts {
  public static final int SCALE = 2;
  public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  private Amounts() {}

  public static BigDecimal inr(BigDecimal amount) {
    return amount.setScale(SCALE, ROUNDING);
  }

  public static BigDecimal times(BigDecimal unitPrice, int quantity) {
    return inr(unitPrice.multiply(BigDecimal.valueOf(quantity)));
  }
}
