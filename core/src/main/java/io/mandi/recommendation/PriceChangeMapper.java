package io.mandi.recommendation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface PriceChangeMapper {
  String COLUMNS =
      "id, request_id, offer_id, seller_id, old_price, new_price, change_percent, reasons, status,"
          + " requested_by, requested_at, decided_by, decided_at, decision_note";

  @Select(
      "insert into price_change (request_id, offer_id, seller_id, old_price, new_price,"
          + " change_percent, reasons, status, requested_by, requested_at)"
          + " values (#{requestId}, #{offerId}, #{sellerId}, #{oldPrice}, #{newPrice},"
          + " #{changePercent}, #{reasons}, #{status}, #{requestedBy}, #{requestedAt})"
          + " returning id")
  @Options(flushCache = Options.FlushCachePolicy.TRUE, useCache = false)
  long insert(PriceChange change);

  @Select("select " + COLUMNS + " from price_change where id = #{id}")
  PriceChange find(long id);

  @Select("select " + COLUMNS + " from price_change where id = #{id} for update")
  @Options(flushCache = Options.FlushCachePolicy.TRUE, useCache = false)
  PriceChange lock(long id);

  @Select("select " + COLUMNS + " from price_change where request_id = #{requestId}")
  PriceChange findByRequest(UUID requestId);

  @Select(
      "select "
          + COLUMNS
          + " from price_change where seller_id = #{sellerId} order by id desc limit #{limit}")
  List<PriceChange> findOfSeller(@Param("sellerId") long sellerId, @Param("limit") int limit);

  @Update(
      "update price_change set status = #{to}, decided_by = #{by}, decided_at = #{at},"
          + " decision_note = #{note} where id = #{id} and status = 'AWAITING_APPROVAL'")
  int decide(
      @Param("id") long id,
      @Param("to") PriceChangeStatus to,
      @Param("by") String by,
      @Param("at") Instant at,
      @Param("note") String note);
}
