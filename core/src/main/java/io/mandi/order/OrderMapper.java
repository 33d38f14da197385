package io.mandi.order;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OrderMapper {

  void insertOrder(NewOrder order);

  void insertLine(@Param("orderId") long orderId, @Param("line") NewOrder.Line line);

  void insertStatusChange(OrderStatusChange change);

  Delivery findDelivery(long orderId);

  Order findOrder(long orderId);

  List<Order> findOrdersByRequest(UUID requestId);

  List<PricedRequest> findRecentPricedLines(int limit);

  List<OfferSale> findSalesOfOffer(
      @org.apache.ibatis.annotations.Param("offerId") long offerId,
      @org.apache.ibatis.annotations.Param("since") java.time.Instant since);

  List<OrderLine> findLines(long orderId);

  /** A page of orders in the scope (a buyer's, a seller's, or all) meeting any of the filters. */
  List<Order> searchOrders(
      @Param("buyerScope") Long buyerScope,
      @Param("sellerScope") Long sellerScope,
      @Param("filters") List<OrderSearchParams> filters,
      @Param("sortColumn") String sortColumn,
      @Param("descending") boolean descending,
      @Param("offset") int offset,
      @Param("limit") int limit);

  long countMatchingOrders(
      @Param("buyerScope") Long buyerScope,
      @Param("sellerScope") Long sellerScope,
      @Param("filters") List<OrderSearchParams> filters);

  List<OrderStatusChange> findHistory(long orderId);

  /** When the order last moved into the status, or null if it never did. */
  Instant findEnteredAt(@Param("orderId") long orderId, @Param("status") OrderStatus status);

  /** Moves the status only from one of the expected ones; returns rows changed (0 or 1). */
  int updateStatus(
      @Param("orderId") long orderId,
      @Param("from") Collection<OrderStatus> from,
      @Param("to") OrderStatus to);

  /** Records the engine's instance key once; later calls with the same key change nothing. */
  int recordProcessInstance(
      @Param("orderId") long orderId,
      @Param("key") long processInstanceKey,
      @Param("run") String engineRun);

  int recordEngineRun(@Param("orderId") long orderId, @Param("run") String engineRun);

  String findEngineRun(long orderId);

  long countOrders();

  /** What the buyer owes on orders still open, other than this one. */
  java.math.BigDecimal openExposure(
      @Param("buyerId") long buyerId, @Param("exceptOrderId") long exceptOrderId);

  /** The order and its lines now belong to this seller's offers. */
  int moveOrderToSeller(
      @Param("orderId") long orderId, @Param("sellerId") long sellerId, @Param("at") Instant at);

  int moveLinesToSeller(@Param("orderId") long orderId, @Param("sellerId") long sellerId);
}
