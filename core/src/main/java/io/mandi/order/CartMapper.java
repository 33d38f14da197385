package io.mandi.order;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface CartMapper {
  @Select(
      "select offer_id, quantity from cart_line where username = #{username} order by added_at, offer_id")
  List<CartStore.Item> findItems(String username);

  @Insert(
      "insert into cart_line (username, offer_id, quantity, added_at)"
          + " values (#{username}, #{offerId}, #{quantity}, #{at})"
          + " on conflict (username, offer_id) do update set quantity = excluded.quantity")
  int put(
      @Param("username") String username,
      @Param("offerId") long offerId,
      @Param("quantity") int quantity,
      @Param("at") Instant at);

  @Delete("delete from cart_line where username = #{username} and offer_id = #{offerId}")
  int remove(@Param("username") String username, @Param("offerId") long offerId);

  @Delete("delete from cart_line where username = #{username}")
  int clear(String username);
}
