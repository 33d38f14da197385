package io.mandi.dispute;

import java.math.BigDecimal;
import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DisputeMapper {

  int insertDispute(
      @Param("orderId") long orderId,
      @Param("openedBy") String openedBy,
      @Param("reason") String reason,
      @Param("evidence") String evidence,
      @Param("openedAt") Instant openedAt);

  Dispute findDispute(@Param("orderId") long orderId);

  int recordOffer(
      @Param("orderId") long orderId,
      @Param("amount") BigDecimal amount,
      @Param("comment") String comment);

  int toMediation(
      @Param("orderId") long orderId,
      @Param("from") DisputeStatus from,
      @Param("sellerComment") String sellerComment);

  int decide(
      @Param("orderId") long orderId,
      @Param("resolution") Resolution resolution,
      @Param("refundAmount") BigDecimal refundAmount,
      @Param("decidedBy") String decidedBy,
      @Param("comment") String comment,
      @Param("refundedLines") String refundedLines);

  int resolve(@Param("orderId") long orderId, @Param("resolvedAt") Instant resolvedAt);
}
