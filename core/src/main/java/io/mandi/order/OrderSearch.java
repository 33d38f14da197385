package io.mandi.order;

import java.util.List;

/**
 * A page of an order list: the orders meeting any of the filters (none: all), sorted, from an
 * offset. Ties are broken by order number so that pages never overlap.
 */
public record OrderSearch(
    List<OrderFilter> anyOf, OrderSort sort, boolean descending, int offset, int limit) {
  public static final int MAX_PAGE = 500;
  public static final int MAX_FILTERS = 10;

  public OrderSearch {
    anyOf = anyOf == null || anyOf.isEmpty() ? List.of(OrderFilter.none()) : List.copyOf(anyOf);
    sort = sort == null ? OrderSort.PLACED : sort;
    if (anyOf.size() > MAX_FILTERS) {
      throw new IllegalArgumentException("At most " + MAX_FILTERS + " filters can be combined");
    }
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException(
          "A page starts at 0 or later and holds 1 to " + MAX_PAGE + " orders");
    }
  }

  /** The newest orders first, matching the filters. */
  public static OrderSearch newest(List<OrderFilter> anyOf, int offset, int limit) {
    return new OrderSearch(anyOf, OrderSort.PLACED, true, offset, limit);
  }
}
