package io.mandi.catalog;

import java.math.BigDecimal;

/** The unit price that applies from {@code minQty} units upwards, until the next break. */
public record PriceBreak(long offerId, int minQty, BigDecimal unitPrice) {}
