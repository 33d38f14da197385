package io.mandi.durations;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface OrderDurationMapper {

  /** An order's durations as stored: JSON objects keyed by {@link Deadline#key()}. */
  record Stored(String rulesVersion, String durations, String decidedBy) {}

  @Select(
      "select rules_version, durations, decided_by from order_duration"
          + " where order_id = #{orderId}")
  Stored find(long orderId);

  @Select(
      "select b.kind as buyer_kind, s.kind as seller_kind, o.total_amount as order_amount"
          + " from purchase_order o"
          + " join buyer b on b.id = o.buyer_id join seller s on s.id = o.seller_id"
          + " where o.id = #{orderId}")
  DurationFacts facts(long orderId);

  /** The first decision for an order is kept; a second one (another instance) changes nothing. */
  @Insert(
      "insert into order_duration (order_id, rules_version, durations, decided_by, decided_at)"
          + " values (#{orderId}, #{rulesVersion}, #{durations}, #{decidedBy}, #{at})"
          + " on conflict (order_id) do nothing")
  int insert(
      @Param("orderId") long orderId,
      @Param("rulesVersion") String rulesVersion,
      @Param("durations") String durations,
      @Param("decidedBy") String decidedBy,
      @Param("at") Instant at);
}
