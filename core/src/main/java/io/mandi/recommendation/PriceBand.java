package io.mandi.recommendation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A recommended price band for an offer's first quantity break, with the reasons behind it.
 *
 * @param current the offer's price now
 */
public record PriceBand(
    long offerId,
    String productName,
    BigDecimal current,
    BigDecimal minimum,
    BigDecimal recommended,
    BigDecimal maximum,
    List<String> reasons) {}
