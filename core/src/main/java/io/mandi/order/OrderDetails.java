package io.mandi.order;

import java.util.List;

public record OrderDetails(Order order, List<OrderLine> lines, List<OrderStatusChange> history) {}
