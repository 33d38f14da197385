package io.mandi.order;

import java.math.BigDecimal;

/** One order line of an offer: the unit price paid and the quantity taken. */
public record OfferSale(BigDecimal unitPrice, int quantity) {}
