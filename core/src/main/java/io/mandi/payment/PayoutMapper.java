package io.mandi.payment;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PayoutMapper {

  /**
   * The seller's settled orders, newest first, each split into its parts; only the given order's
   * when orderId is not null.
   */
  List<SellerPayout> findPayouts(
      @Param("sellerId") long sellerId,
      @Param("orderId") Long orderId,
      @Param("offset") int offset,
      @Param("limit") int limit);

  long countPayouts(@Param("sellerId") long sellerId);
}
