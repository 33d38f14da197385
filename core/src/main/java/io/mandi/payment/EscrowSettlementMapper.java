package io.mandi.payment;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EscrowSettlementMapper {

  /** Claims the order's escrow for this kind of settlement, unless one is claimed already. */
  int claim(@Param("orderId") long orderId, @Param("kind") String kind, @Param("at") Instant at);

  /** The kind of settlement that owns the order's escrow, or null. */
  String findKind(@Param("orderId") long orderId);
}
