package io.mandi.order;

import java.util.List;

/**
 * An order with its lines, its history and where it goes.
 *
 * @param delivery the delivery address and PO number; null for an order placed before addresses
 */
public record OrderDetails(
    Order order, List<OrderLine> lines, List<OrderStatusChange> history, Delivery delivery) {}
