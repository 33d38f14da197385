package io.mandi.live;

/**
 * An order changed status (names of {@code io.mandi.order.OrderStatus}); published in its
 * transaction.
 */
public record OrderMoved(long orderId, String from, String to) {}
