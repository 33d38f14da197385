package io.mandi.vendor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface VendorMapper {

  List<VendorCandidate> findCandidates(@Param("orderId") long orderId);

  SellerPerformance findPerformance(@Param("sellerId") long sellerId);

  VendorRound findRound(@Param("orderId") long orderId, @Param("round") int round);

  List<VendorRound> findRounds(@Param("orderId") long orderId);

  int insertRound(
      @Param("orderId") long orderId,
      @Param("round") int round,
      @Param("sellerId") long sellerId,
      @Param("offeredAt") Instant offeredAt);

  int answerRound(
      @Param("orderId") long orderId,
      @Param("round") int round,
      @Param("outcome") VendorAnswer outcome,
      @Param("answeredAt") Instant answeredAt,
      @Param("reason") String reason);

  int insertDecision(
      @Param("orderId") long orderId,
      @Param("round") int round,
      @Param("sellerId") long sellerId,
      @Param("chosen") boolean chosen,
      @Param("score") BigDecimal score,
      @Param("reason") String reason,
      @Param("decidedBy") String decidedBy,
      @Param("decidedAt") Instant decidedAt);

  List<VendorDecision> findDecisions(@Param("orderId") long orderId);

  int dropAcceptedRound(@Param("orderId") long orderId, @Param("reason") String reason);
}
