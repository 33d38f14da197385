package io.mandi.recovery;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RecoveryMapper {

  OrderFacts findFacts(long orderId);

  int claimForRecreation(
      @Param("orderId") long orderId, @Param("seen") String seen, @Param("claim") String claim);

  int recordRecreated(
      @Param("orderId") long orderId,
      @Param("claim") String claim,
      @Param("run") String run,
      @Param("key") long key);

  int releaseClaim(
      @Param("orderId") long orderId, @Param("seen") String seen, @Param("claim") String claim);
}
