package io.mandi.live;

/** The order went to another seller (vendor assignment or re-sourcing). */
public record SellerChanged(long orderId, long fromSellerId, long toSellerId) {}
