package io.mandi.payment;

import java.math.BigDecimal;
import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EscrowTransferMapper {

  int insertRequest(
      @Param("orderId") long orderId,
      @Param("idempotencyKey") String idempotencyKey,
      @Param("account") String account,
      @Param("amount") BigDecimal amount,
      @Param("now") Instant now);

  /** The order's current (latest) transfer. */
  EscrowTransfer findTransfer(@Param("orderId") long orderId);

  int countTransfers(@Param("orderId") long orderId);

  int recordTransfer(
      @Param("orderId") long orderId,
      @Param("transferId") String transferId,
      @Param("now") Instant now);

  int settle(
      @Param("orderId") long orderId,
      @Param("status") EscrowTransferStatus status,
      @Param("reversedAmount") BigDecimal reversedAmount,
      @Param("now") Instant now);
}
